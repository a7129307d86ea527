package th.go.moph.healthliteracy.publishing.domain;

import java.util.Collection;
import java.util.List;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentType;
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

    /** Whether every value of this view is one {@code allowed} permits (an empty list there permits everything). */
    public boolean within(FeedFilter allowed) {
        return narrows(languages, allowed.languages) && narrows(types, allowed.types)
                && narrows(topics, allowed.topics) && narrows(audiences, allowed.audiences);
    }

    private static boolean narrows(List<String> asked, List<String> allowed) {
        return allowed.isEmpty() || !asked.isEmpty() && allowed.containsAll(asked);
    }
}
