package th.go.moph.healthliteracy.content.domain;

import java.util.stream.Collectors;

import th.go.moph.healthliteracy.platform.text.Sha256;

/**
 * The SHA-256 of a revision's content and classification in a canonical form, the same hash the medical sign-off
 * records and the feed exposes. Changing any field below changes the hash (and so voids a sign-off); the schedule,
 * review dates and workflow state are not part of it.
 *
 * <p>Canonical form, version 1: UTF-8 text of the lines {@code name=value}, in this order, each ended by LF:
 * {@code form=hlp-content-1}, {@code type}, {@code language}, {@code title}, {@code summary}, {@code body},
 * {@code topics} (codes sorted, joined by {@code ,}), {@code audiences} (names sorted, joined by {@code ,}),
 * {@code licence}, {@code attribution}, {@code citations} (each {@code title<TAB>url}, in order, joined by
 * {@code |}), {@code altText}, {@code captionsWaiver}, {@code correctionNote}, then {@code media} (asset ids with
 * their caption languages, sorted; empty until media is attached). Text is trimmed and NFC-normalised; in values,
 * {@code \} is written {@code \\}, LF {@code \n}, CR {@code \r}, TAB {@code \t} and {@code |} {@code \|}.
 * Hex-encoded, lower case.
 */
public final class ContentHash {

    public static final String FORM = "hlp-content-1";

    private ContentHash() {
    }

    public static String of(ContentType type, String language, ContentDraft draft, String media) {
        StringBuilder canonical = new StringBuilder(256 + draft.body().length());
        line(canonical, "form", FORM);
        line(canonical, "type", type.name());
        line(canonical, "language", language);
        line(canonical, "title", draft.title());
        line(canonical, "summary", draft.summary());
        line(canonical, "body", draft.body());
        line(canonical, "topics", String.join(",", draft.topics()));
        line(canonical, "audiences", draft.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        line(canonical, "licence", draft.licence() == null ? "" : draft.licence().name());
        line(canonical, "attribution", draft.attribution());
        line(canonical, "citations", draft.citations().stream()
                .map(c -> escape(c.title()) + "\t" + escape(c.url())).collect(Collectors.joining("|")));
        line(canonical, "altText", draft.altText());
        line(canonical, "captionsWaiver", draft.captionsWaiver());
        line(canonical, "correctionNote", draft.correctionNote());
        line(canonical, "media", media == null ? "" : media);
        return Sha256.hex(canonical.toString());
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (name.equals("citations")) {
            out.append(value); // its parts are escaped already
        } else {
            out.append(escape(value));
        }
        out.append('\n');
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '|' -> escaped.append("\\|");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
