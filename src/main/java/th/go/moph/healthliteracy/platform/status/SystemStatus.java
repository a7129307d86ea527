package th.go.moph.healthliteracy.platform.status;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Every context's status section, in order; one that fails to answer shows as failing, not as an error page. */
@ApplicationScoped
public class SystemStatus {

    private static final Logger LOG = Logger.getLogger(SystemStatus.class.getName());

    @Inject
    @Any
    Instance<StatusSection> sections;

    /** A section as the page shows it. */
    public record Section(String title, List<StatusSection.Fact> facts) {

        public boolean healthy() {
            return facts.stream().allMatch(f -> f.health() == StatusSection.Health.OK);
        }
    }

    public List<Section> now() {
        return sections.stream().sorted(Comparator.comparingInt(StatusSection::order)).map(section -> {
            try {
                return new Section(section.title(), section.facts());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The status section " + section.title() + " failed", e);
                return new Section(section.title(), List.of(new StatusSection.Fact("status.unavailable",
                        e.getClass().getSimpleName(), StatusSection.Health.FAILING)));
            }
        }).toList();
    }
}
