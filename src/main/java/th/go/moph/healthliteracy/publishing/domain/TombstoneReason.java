package th.go.moph.healthliteracy.publishing.domain;

import java.util.Locale;

import th.go.moph.healthliteracy.content.domain.PublicationStatus;

/** Why a consumer must remove an item now. The item may come back later, as an item again. */
public enum TombstoneReason {
    /** Taken down by a publisher (or archived for good). */
    WITHDRAWN,
    /** Its publication period ended. */
    EXPIRED,
    /** Its review date lapsed: the advice is being updated. */
    UNDER_REVIEW,
    /** Still public, but no longer within this consumer's filter. */
    NO_LONGER_MATCHES;

    /** Why an item that is not public now left the public, from its status and the reason recorded with it. */
    public static TombstoneReason of(PublicationStatus status, String statusReason) {
        return switch (status) {
            case SUSPENDED -> UNDER_REVIEW;
            case WITHDRAWN -> "expired".equals(statusReason) ? EXPIRED : WITHDRAWN;
            case ARCHIVED, UNPUBLISHED -> WITHDRAWN;
            case PUBLISHED -> throw new IllegalArgumentException("a published item has no tombstone");
        };
    }

    /** As the feed writes it: {@code under-review}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TombstoneReason ofWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
