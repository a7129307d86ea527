package th.go.moph.healthliteracy.content.domain;

/** Where an item stands towards the public. */
public enum PublicationStatus {
    /** Never published yet. */
    UNPUBLISHED,
    /** Its live revision is public. */
    PUBLISHED,
    /** Taken down by a publisher (with a reason), or expired at {@code unpublishAt}; may be published again. */
    WITHDRAWN,
    /** Off public surfaces because its review date lapsed; returns when a new review is signed off. */
    SUSPENDED,
    /** Final: never public again. */
    ARCHIVED;

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
