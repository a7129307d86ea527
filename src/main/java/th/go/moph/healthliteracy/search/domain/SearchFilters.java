package th.go.moph.healthliteracy.search.domain;

import java.util.List;
import java.util.Locale;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.platform.parameters.ParameterValues;

/**
 * The facet filters of a search, each checked against what the parameter can hold. Values of one facet are
 * alternatives (topic=dengue&amp;topic=diabetes finds either); different facets must all hold.
 */
public record SearchFilters(List<String> topics, List<String> audiences, List<String> types, List<String> agencies,
        List<String> languages) {

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
        return new SearchFilters(ParameterValues.topics("topic", topic),
                ParameterValues.enumNames("audience", audience, Audience.class),
                ParameterValues.enumNames("type", type, ContentType.class),
                ParameterValues.values("agency", agency).stream().map(v -> v.toUpperCase(Locale.ROOT))
                        .peek(v -> ParameterValues.require("agency", v, ParameterValues.AGENCY.matcher(v).matches(),
                                "an agency code")).toList(),
                ParameterValues.languages("lang", lang));
    }

    public boolean isEmpty() {
        return topics.isEmpty() && audiences.isEmpty() && types.isEmpty() && agencies.isEmpty() && languages.isEmpty();
    }
}
