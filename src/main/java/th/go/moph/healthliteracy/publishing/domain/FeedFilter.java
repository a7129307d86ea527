package th.go.moph.healthliteracy.publishing.domain;

import java.util.Collection;
import java.util.List;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;
import th.go.moph.healthliteracy.platform.parameters.ParameterValues;

/**
 * A consumer's view of the feed. Values of one parameter are alternatives; different parameters must all hold. An
 * entry is in the view as an item when the item's present state matches, and as a tombstone when the item is not
 * public now or no longer matches, but might once have matched (so the consumer removes it if it holds it).
 */
public record FeedFilter(List<String> languages, List<String> types, List<String> topics, List<String> audiences) {

    public static final FeedFilter ALL = new FeedFilter(List.of(), List.of(), List.of(), List.of());

    public FeedFilter {
        languages = List.copyOf(languages);
        types = List.copyOf(types);
        topics = List.copyOf(topics);
        audiences = List.copyOf(audiences);
    }

    /** From raw parameters (repeated or comma-separated), each checked. */
    public static FeedFilter of(List<String> lang, List<String> type, List<String> topic, List<String> audience) {
        return new FeedFilter(ParameterValues.languages("lang", lang),
                ParameterValues.enumNames("type", type, ContentType.class), ParameterValues.topics("topic", topic),
                ParameterValues.enumNames("audience", audience, Audience.class));
    }

    /** From its {@link #toQuery()} form. */
    public static FeedFilter parseQuery(String query) {
        java.util.Map<String, List<String>> values = new java.util.HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            if (!pair.isBlank()) {
                String name = equals < 0 ? pair : pair.substring(0, equals);
                if (!List.of("lang", "type", "topic", "audience").contains(name)) {
                    throw new InvalidParameterException("view", "Unknown feed parameter '"
                            + ParameterValues.shorten(name) + "'; one of lang, type, topic, audience");
                }
                values.computeIfAbsent(name, n -> new java.util.ArrayList<>())
                        .add(equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        return of(values.get("lang"), values.get("type"), values.get("topic"), values.get("audience"));
    }

    /** As feed parameters, in a fixed order: {@code lang=th&topic=dengue,rabies}; empty for everything. */
    public String toQuery() {
        List<String> parts = new java.util.ArrayList<>();
        part(parts, "lang", languages);
        part(parts, "type", types);
        part(parts, "topic", topics);
        part(parts, "audience", audiences);
        return String.join("&", parts);
    }

    private static void part(List<String> parts, String name, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + "=" + String.join(",", values.stream().sorted().toList()));
        }
    }

    /**
     * The view a consumer allowed {@code allowed} reads when it asks for this one: what it did not narrow, the allowed
     * values; what it did, its own values, which must all be allowed.
     */
    public FeedFilter narrowedTo(FeedFilter allowed) {
        return new FeedFilter(narrowed("lang", languages, allowed.languages), narrowed("type", types, allowed.types),
                narrowed("topic", topics, allowed.topics), narrowed("audience", audiences, allowed.audiences));
    }

    private static List<String> narrowed(String parameter, List<String> asked, List<String> allowed) {
        if (asked.isEmpty()) {
            return allowed;
        }
        if (!allowed.isEmpty() && !allowed.containsAll(asked)) {
            throw new ViewNotAllowedException(parameter, "This consumer may read only " + parameter + "="
                    + String.join(",", allowed));
        }
        return asked;
    }

    public boolean isAll() {
        return languages.isEmpty() && types.isEmpty() && topics.isEmpty() && audiences.isEmpty();
    }

    /** Whether an item with these values is in the view. */
    public boolean matches(String language, String type, Collection<String> itemTopics,
            Collection<String> itemAudiences) {
        return (languages.isEmpty() || languages.contains(language)) && (types.isEmpty() || types.contains(type))
                && (topics.isEmpty() || itemTopics.stream().anyMatch(topics::contains))
                && (audiences.isEmpty() || itemAudiences.stream().anyMatch(audiences::contains));
    }
}
