package th.go.moph.healthliteracy.search.application;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.content.domain.TopicRepository;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;
import th.go.moph.healthliteracy.search.application.SearchResults.Label;

/**
 * Thai and English names of the codes the index holds (topics, agencies, audiences, types), read from the database at
 * most once a minute so that a search costs no database round trip.
 */
@ApplicationScoped
public class SearchLabels {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);
    private static final Map<String, Label> AUDIENCES = Map.of(
            "EARLY_CHILDHOOD", new Label("EARLY_CHILDHOOD", "เด็กปฐมวัย (0-5 ปี)", "Early childhood (0-5)"),
            "CHILDREN", new Label("CHILDREN", "เด็กวัยเรียน (6-12 ปี)", "Children (6-12)"),
            "TEENS", new Label("TEENS", "วัยรุ่น (13-18 ปี)", "Teens (13-18)"),
            "ADULTS", new Label("ADULTS", "วัยทำงาน (19-59 ปี)", "Adults (19-59)"),
            "ELDERLY", new Label("ELDERLY", "ผู้สูงอายุ (60 ปีขึ้นไป)", "Older people (60+)"),
            "PREGNANT_POSTPARTUM", new Label("PREGNANT_POSTPARTUM", "หญิงตั้งครรภ์และหลังคลอด",
                    "Pregnant and postpartum women"),
            "CAREGIVERS", new Label("CAREGIVERS", "ผู้ดูแล", "Caregivers"),
            "VILLAGE_HEALTH_VOLUNTEERS", new Label("VILLAGE_HEALTH_VOLUNTEERS", "อสม.", "Village health volunteers"));
    private static final Map<String, Label> TYPES = Map.of(
            "ARTICLE", new Label("ARTICLE", "บทความ", "Article"),
            "IMAGE", new Label("IMAGE", "อินโฟกราฟิก", "Infographic"),
            "VIDEO", new Label("VIDEO", "วิดีโอ", "Video"));

    private static final Map<String, Label> LANGUAGES = new java.util.concurrent.ConcurrentHashMap<>();

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
            case "audience" -> AUDIENCES.getOrDefault(value, new Label(value, value, value));
            case "type" -> TYPES.getOrDefault(value, new Label(value, value, value));
            case "language" -> LANGUAGES.computeIfAbsent(value, code -> new Label(code,
                    Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag("th")),
                    Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)));
            default -> new Label(value, value, value);
        };
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
