package th.go.moph.healthliteracy.search.application;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.content.domain.TopicRepository;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;
import th.go.moph.healthliteracy.search.application.SearchResults.Label;

/**
 * Thai and English names of the codes the index holds: topics and agencies read from the database at most once a
 * minute (so that a search costs no database round trip), audiences and types from the editor's message bundle.
 */
@ApplicationScoped
public class SearchLabels {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);
    /** The editor's message bundle, where audiences and types have their Thai and English names already. */
    private static final String BUNDLE = "th.go.moph.healthliteracy.platform.web.text";
    private static final ResourceBundle THAI = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("th"));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    private static final Map<String, Label> LANGUAGES = new ConcurrentHashMap<>();
    private static final Map<String, Label> BUNDLED = new ConcurrentHashMap<>();

    @Inject
    TopicRepository topics;

    @Inject
    AgencyRepository agencies;

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, Label> topics, Map<String, Label> agencies, long readAt) {
    }

    public Label topic(String code) {
        return current().topics().getOrDefault(code, new Label(code, code, code));
    }

    public Label agency(String code) {
        return code == null ? null : current().agencies().getOrDefault(code, new Label(code, code, code));
    }

    /** The label of a facet value. */
    public Label of(String facet, String value) {
        return switch (facet) {
            case "topic" -> topic(value);
            case "agency" -> agency(value);
            case "audience", "type" -> BUNDLED.computeIfAbsent(facet + "." + value, key -> bundled(key, value));
            case "language" -> LANGUAGES.computeIfAbsent(value, code -> new Label(code,
                    Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag("th")),
                    Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)));
            default -> new Label(value, value, value);
        };
    }

    private static Label bundled(String key, String value) {
        return THAI.containsKey(key) ? new Label(value, THAI.getString(key), ENGLISH.getString(key))
                : new Label(value, value, value);
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null || System.nanoTime() - now.readAt() > FRESH_FOR.toNanos()) {
            now = read();
            snapshot = now;
        }
        return now;
    }

    private Snapshot read() {
        return new Snapshot(
                topics.all().stream().collect(Collectors.toMap(Topic::code,
                        t -> new Label(t.code(), t.labelTh(), t.labelEn()), (a, b) -> a)),
                agencies.all().stream().collect(Collectors.toMap(Agency::code,
                        a -> new Label(a.code(), a.nameTh(), a.nameEn()), (a, b) -> a)),
                System.nanoTime());
    }
}
