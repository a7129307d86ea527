package th.go.moph.healthliteracy.search.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Highlighted fragments as readers see them. The search node marks each word of a matched phrase on its own
 * ({@code <mark>ความดัน</mark><mark>โลหิต</mark> <mark>สูง</mark>}), since it highlights without weight matches,
 * which cost a fifth to a third of its time per search; marks with nothing or one space between them are joined into
 * one, as the phrase it matched ({@code <mark>ความดันโลหิต สูง</mark>}). The fragments are HTML-escaped by the node,
 * so a {@code <mark>} in them is always one of its own.
 */
public final class Highlights {

    private static final Pattern ADJACENT = Pattern.compile("</mark>( ?)<mark>");

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

    static String joined(String fragment) {
        return fragment.contains("</mark>") ? ADJACENT.matcher(fragment).replaceAll("$1") : fragment;
    }
}
