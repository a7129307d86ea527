package th.go.moph.healthliteracy.search.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Highlighted fragments as readers see them. The search node marks each word of a matched phrase on its own
 * ({@code <mark>ความดัน</mark><mark>โลหิต</mark> <mark>สูง</mark>}), since it highlights without weight matches,
 * which cost a fifth to a third of its time per search; marks with nothing or one space between them are joined into
 * one, as the phrase it matched ({@code <mark>ความดันโลหิต สูง</mark>}). The fragments are HTML-escaped by the node,
 * so a {@code <mark>} in them is always one of its own.
 */
public final class Highlights {

    private static final String CLOSE = "</mark>";
    private static final String OPEN = "<mark>";

    private Highlights() {
    }

    /** Each field's fragments with adjacent marks joined; null or empty stays as it is. */
    public static Map<String, List<String>> joined(Map<String, List<String>> highlights) {
        if (highlights == null || highlights.isEmpty()) {
            return highlights;
        }
        Map<String, List<String>> joined = new LinkedHashMap<>();
        highlights.forEach((field, fragments) -> joined.put(field,
                fragments.stream().map(Highlights::joined).toList()));
        return joined;
    }

    /** {@code </mark><mark>} and {@code </mark> <mark>} dropped, the space kept; one pass, no pattern. */
    static String joined(String fragment) {
        int close = fragment.indexOf(CLOSE);
        if (close < 0) {
            return fragment;
        }
        StringBuilder joined = null;
        int copied = 0;
        for (; close >= 0; close = fragment.indexOf(CLOSE, close + CLOSE.length())) {
            int after = close + CLOSE.length();
            int space = fragment.startsWith(" ", after) ? 1 : 0;
            if (fragment.startsWith(OPEN, after + space)) {
                if (joined == null) {
                    joined = new StringBuilder(fragment.length());
                }
                joined.append(fragment, copied, close).append(fragment, after, after + space);
                copied = after + space + OPEN.length();
                close = copied - CLOSE.length(); // the search goes on after the dropped mark
            }
        }
        return joined == null ? fragment : joined.append(fragment, copied, fragment.length()).toString();
    }
}
