package th.go.moph.healthliteracy.content.infrastructure.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.content.domain.TopicRepository;

@ApplicationScoped
public class JpaTopicRepository implements TopicRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Topic> all() {
        return em.createNamedQuery(Topic.ALL, Topic.class).getResultList();
    }

    @Override
    public Optional<Topic> find(String code) {
        return Optional.ofNullable(em.find(Topic.class, code));
    }

    @Override
    public void add(Topic topic) {
        em.persist(topic);
    }
}
