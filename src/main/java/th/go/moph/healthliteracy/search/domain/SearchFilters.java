package th.go.moph.healthliteracy.search.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentType;

/**
 * The facet filters of a search, each checked against what the parameter can hold. Values of one facet are
 * alternatives (topic=dengue&amp;topic=diabetes finds either); different facets must all hold.
 */
public record SearchFilters(List<String> topics, List<String> audiences, List<String> types, List<String> agencies,
        List<String> languages) {

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9-]{2,32}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_VALUES = 20;

    public static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), List.of());

    public SearchFilters {
        topics = List.copyOf(topics);
        audiences = List.copyOf(audiences);
        types = List.copyOf(types);
        agencies = List.copyOf(agencies);
        languages = List.copyOf(languages);
    }

    /** Checks raw parameter values (repeated or comma-separated) and returns them in the form the index holds. */
    public static SearchFilters of(List<String> topic, List<String> audience, List<String> type, List<String> agency,
            List<String> lang) {
        return new SearchFilters(
                values("topic", topic).stream().map(v -> v.toLowerCase(Locale.ROOT))
                        .peek(v -> require("topic", v, TOPIC.matcher(v).matches() && v.length() <= 40,
                                "a topic code (lower-case letters, digits and hyphens)")).toList(),
                values("audience", audience).stream().map(v -> enumName("audience", v, Audience.class)).toList(),
                values("type", type).stream().map(v -> enumName("type", v, ContentType.class)).toList(),
                values("agency", agency).stream().map(v -> v.toUpperCase(Locale.ROOT))
                        .peek(v -> require("agency", v, AGENCY.matcher(v).matches(), "an agency code")).toList(),
                values("lang", lang).stream().map(v -> v.toLowerCase(Locale.ROOT))
                        .peek(v -> require("lang", v, LANGUAGE.matcher(v).matches(), "a two- or three-letter language code"))
                        .toList());
    }

    private static List<String> values(String parameter, List<String> raw) {
        List<String> values = raw == null ? List.of() : raw.stream()
                .flatMap(v -> v == null ? java.util.stream.Stream.empty() : java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (values.size() > MAX_VALUES) {
            throw new InvalidSearchException(parameter, "Too many values for '" + parameter + "': at most " + MAX_VALUES);
        }
        return values;
    }

    private static <E extends Enum<E>> String enumName(String parameter, String value, Class<E> type) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return name;
            }
        }
        throw new InvalidSearchException(parameter, "Unknown " + parameter + " '" + shorten(value) + "'; one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static void require(String parameter, String value, boolean ok, String what) {
        if (!ok) {
            throw new InvalidSearchException(parameter, "'" + shorten(value) + "' is not " + what);
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    public boolean isEmpty() {
        return topics.isEmpty() && audiences.isEmpty() && types.isEmpty() && agencies.isEmpty() && languages.isEmpty();
    }
}
