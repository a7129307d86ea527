package th.go.moph.healthliteracy.content.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.content.domain.TopicRepository;
import th.go.moph.healthliteracy.content.domain.WorkflowException;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Permission;

/** The topic taxonomy, managed by system administrators. */
@ApplicationScoped
@Transactional
@AuditedRefusals(subject = "topic")
public class Taxonomy {

    @Inject
    TopicRepository topics;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void add(@NotBlank String code, @NotBlank String labelTh, @NotBlank String labelEn) {
        currentActor.get().require(Permission.ADMINISTER_PORTAL, null);
        if (topics.find(code.strip()).isPresent()) {
            throw new WorkflowException("topic.exists", "A topic with the code '" + code + "' exists already");
        }
        topics.add(new Topic(code.strip(), labelTh, labelEn, clock.instant()));
        audit.record("TOPIC_ADDED", Subject.of("topic", code.strip()), labelEn);
    }

    public void relabel(@NotBlank String code, @NotBlank String labelTh, @NotBlank String labelEn) {
        currentActor.get().require(Permission.ADMINISTER_PORTAL, null);
        topic(code).relabel(labelTh, labelEn);
        audit.record("TOPIC_RELABELLED", Subject.of("topic", code), labelEn);
    }

    public void setActive(@NotBlank String code, boolean active) {
        currentActor.get().require(Permission.ADMINISTER_PORTAL, null);
        Topic topic = topic(code);
        if (active) {
            topic.reinstate();
        } else {
            topic.retire();
        }
        audit.record(active ? "TOPIC_REINSTATED" : "TOPIC_RETIRED", Subject.of("topic", code), null);
    }

    private Topic topic(String code) {
        return topics.find(code).orElseThrow(() -> new IllegalArgumentException("No topic " + code));
    }
}
