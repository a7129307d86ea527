package th.go.moph.healthliteracy.content.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.Licence;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.content.domain.TopicRepository;
import th.go.moph.healthliteracy.content.domain.WorkflowState;
import th.go.moph.healthliteracy.identity.domain.Agency;

/** The choices the editor's forms and filters offer. */
@Named
@RequestScoped
public class Catalog {

    @Inject
    TopicRepository topics;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "CONTENT_LANGUAGES", defaultValue = "th,en")
    List<String> languages;

    private List<Topic> allTopics;

    @Transactional
    public List<Topic> getTopics() {
        if (allTopics == null) {
            allTopics = topics.all();
        }
        return allTopics;
    }

    public List<Topic> getActiveTopics() {
        return getTopics().stream().filter(Topic::active).toList();
    }

    @Transactional
    public List<Agency> getAgencies() {
        return em.createQuery("select a from Agency a order by a.code", Agency.class).getResultList();
    }

    public List<String> getLanguages() {
        return languages;
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Licence[] getLicences() {
        return Licence.values();
    }

    public ContentType[] getTypes() {
        return ContentType.values();
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    public WorkflowState[] getStates() {
        return WorkflowState.values();
    }
}
