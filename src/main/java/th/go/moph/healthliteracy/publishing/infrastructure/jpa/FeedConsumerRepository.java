package th.go.moph.healthliteracy.publishing.infrastructure.jpa;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.publishing.domain.FeedConsumer;

/** The registered feed consumers. */
@ApplicationScoped
public class FeedConsumerRepository {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<FeedConsumer> all() {
        return em.createNamedQuery(FeedConsumer.ALL, FeedConsumer.class).getResultList();
    }

    @Transactional
    public Optional<FeedConsumer> find(UUID id) {
        return Optional.ofNullable(em.find(FeedConsumer.class, id));
    }

    /** The consumer holding the key whose SHA-256 is {@code hash}, active or not. */
    @Transactional
    public Optional<FeedConsumer> byKeyHash(String hash) {
        return em.createNamedQuery(FeedConsumer.BY_KEY, FeedConsumer.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(FeedConsumer consumer) {
        em.persist(consumer);
    }
}
