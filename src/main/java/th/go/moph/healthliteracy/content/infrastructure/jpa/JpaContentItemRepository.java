package th.go.moph.healthliteracy.content.infrastructure.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.content.domain.WorkflowState;

@ApplicationScoped
public class JpaContentItemRepository implements ContentItemRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ContentItem> find(UUID id) {
        return Optional.ofNullable(em.find(ContentItem.class, id));
    }

    @Override
    public Optional<ContentItem> findForUpdate(UUID id) {
        em.flush(); // the lock re-reads the row: what this transaction changed must be in it first
        return Optional.ofNullable(em.find(ContentItem.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(ContentItem item) {
        em.persist(item);
        em.flush(); // written at once, so that a lock taken later in the same transaction finds the row
    }

    @Override
    public boolean slugTaken(String language, String slug) {
        return !em.createQuery("select i.id from ContentItem i where i.language = :language and i.slug = :slug",
                        UUID.class)
                .setParameter("language", language).setParameter("slug", slug)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<UUID> idsAfter(UUID after, int limit) {
        var query = after == null
                ? em.createQuery("select i.id from ContentItem i order by i.id", UUID.class)
                : em.createQuery("select i.id from ContentItem i where i.id > :after order by i.id", UUID.class)
                        .setParameter("after", after);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<ContentItem> translationGroup(UUID translationGroup) {
        return em.createQuery("select i from ContentItem i where i.translationGroup = :group order by i.language",
                ContentItem.class).setParameter("group", translationGroup).getResultList();
    }

    @Override
    public List<UUID> changedSince(Instant since) {
        return em.createQuery("select i.id from ContentItem i where i.updatedAt >= :since", UUID.class)
                .setParameter("since", since).getResultList();
    }

    @Override
    public List<UUID> dueForPublication(Instant now) {
        return em.createQuery("select i.id from ContentItem i join i.revisions r where r.number = i.workingRevision"
                        + " and r.state = :scheduled and i.publishAt <= :now", UUID.class)
                .setParameter("scheduled", WorkflowState.SCHEDULED).setParameter("now", now).getResultList();
    }

    @Override
    public List<UUID> dueForExpiry(Instant now) {
        return em.createQuery("select i.id from ContentItem i where i.status = :published and i.unpublishAt <= :now",
                        UUID.class)
                .setParameter("published", PublicationStatus.PUBLISHED).setParameter("now", now).getResultList();
    }

    @Override
    public List<UUID> reviewLapsedBefore(LocalDate cutoff) {
        return em.createQuery("select i.id from ContentItem i where i.status = :published"
                        + " and i.nextReviewDue < :cutoff", UUID.class)
                .setParameter("published", PublicationStatus.PUBLISHED).setParameter("cutoff", cutoff).getResultList();
    }
}
