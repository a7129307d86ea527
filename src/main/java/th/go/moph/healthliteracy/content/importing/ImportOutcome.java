package th.go.moph.healthliteracy.content.importing;

import java.util.UUID;

/** What the import did with one manifest, or why it refused it. */
public record ImportOutcome(String key, Result result, UUID itemId, String detail) {

    /** The four things that can happen to a manifest. */
    public enum Result {
        /** A new item was made. */
        IMPORTED,
        /** The manifest changed since the last import and its item followed. */
        UPDATED,
        /** Nothing changed since the last import: nothing was written. */
        UNCHANGED,
        /** Refused, with the reason; nothing of it was kept. */
        REFUSED
    }

    public static ImportOutcome refused(String key, String reason) {
        return new ImportOutcome(key, Result.REFUSED, null, reason);
    }

    /** One line of the report. */
    public String line() {
        return String.format("%-9s %s%s", result.name().toLowerCase(java.util.Locale.ROOT), key,
                detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
