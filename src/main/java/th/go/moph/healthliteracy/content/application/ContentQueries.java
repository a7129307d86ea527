package th.go.moph.healthliteracy.content.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.content.domain.WorkflowState;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Permission;

/** What the editor shows: lists, dashboards, an item with its revisions, comparisons. Reads only what the actor may see. */
@ApplicationScoped
@Transactional
public class ContentQueries {

    private static final String ROW = "select new th.go.moph.healthliteracy.content.application.ItemRow(i.id, i.type,"
            + " r.title, i.language, i.agencyId, a.nameTh, a.nameEn, i.status, r.state, r.number, i.liveRevision, i.updatedAt,"
            + " i.nextReviewDue, i.publishAt)"
            + " from ContentItem i join i.revisions r, Agency a"
            + " where a.id = i.agencyId and r.number = coalesce(i.workingRevision, i.liveRevision)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentItemRepository items;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    public List<ItemRow> list(ItemFilter filter, int first, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = conditions(filter, parameters);
        TypedQuery<ItemRow> query = em.createQuery(ROW + where + " order by i.updatedAt desc", ItemRow.class)
                .setFirstResult(first).setMaxResults(size);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public long count(ItemFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = conditions(filter, parameters);
        TypedQuery<Long> query = em.createQuery("select count(i) from ContentItem i join i.revisions r, Agency a"
                + " where a.id = i.agencyId and r.number = coalesce(i.workingRevision, i.liveRevision)" + where,
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String conditions(ItemFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        Set<UUID> visible = currentActor.get().visibleAgencies();
        if (visible != null) {
            where.append(" and i.agencyId in :visible");
            parameters.put("visible", visible.isEmpty() ? Set.of(new UUID(0, 0)) : visible);
        }
        condition(where, parameters, "i.status = :status", "status", filter.status());
        condition(where, parameters, "r.state = :state", "state", filter.state());
        condition(where, parameters, "i.type = :type", "type", filter.type());
        condition(where, parameters, "i.agencyId = :agency", "agency", filter.agencyId());
        condition(where, parameters, ":topic member of r.topics", "topic", blankToNull(filter.topic()));
        condition(where, parameters, ":audience member of r.audiences", "audience", filter.audience());
        condition(where, parameters, "i.language = :language", "language", blankToNull(filter.language()));
        String text = blankToNull(filter.titleContains());
        condition(where, parameters, "lower(r.title) like :title", "title",
                text == null ? null : "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- the dashboard ---------------------------------------------------------------------------------------

    /** Working revisions I wrote that are drafts or were sent back. */
    public List<ItemRow> myDrafts() {
        UUID me = currentActor.get().accountId();
        return em.createQuery(ROW + " and r.authorId = :me and r.state in :states order by i.updatedAt desc", ItemRow.class)
                .setParameter("me", me)
                .setParameter("states", List.of(WorkflowState.DRAFT, WorkflowState.CHANGES_REQUESTED))
                .setMaxResults(50).getResultList();
    }

    /** Revisions in review that I may review and did not write. */
    public List<ItemRow> awaitingMyReview() {
        Actor actor = currentActor.get();
        return em.createQuery(ROW + " and r.state = :inReview and r.authorId <> :me order by r.submittedAt", ItemRow.class)
                .setParameter("inReview", WorkflowState.IN_REVIEW).setParameter("me", actor.accountId())
                .setMaxResults(200).getResultList().stream()
                .filter(row -> actor.may(Permission.REVIEW_CONTENT, row.agencyId()))
                .limit(50).toList();
    }

    public List<ItemRow> scheduled() {
        return visible(em.createQuery(ROW + " and r.state = :scheduled order by i.publishAt", ItemRow.class)
                .setParameter("scheduled", WorkflowState.SCHEDULED).setMaxResults(200).getResultList());
    }

    /** Published items whose review is due within {@code days}, or overdue, soonest first. */
    public List<ItemRow> reviewDueWithin(int days) {
        LocalDate horizon = LocalDate.now(clock.withZone(ContentItem.PORTAL_ZONE)).plusDays(days);
        return visible(em.createQuery(ROW + " and i.status in :statuses and i.nextReviewDue <= :horizon"
                        + " order by i.nextReviewDue", ItemRow.class)
                .setParameter("statuses", List.of(th.go.moph.healthliteracy.content.domain.PublicationStatus.PUBLISHED,
                        th.go.moph.healthliteracy.content.domain.PublicationStatus.SUSPENDED))
                .setParameter("horizon", horizon).setMaxResults(200).getResultList());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ContentItem.PORTAL_ZONE));
    }

    private List<ItemRow> visible(List<ItemRow> rows) {
        Actor actor = currentActor.get();
        return rows.stream().filter(row -> actor.may(Permission.VIEW_CONTENT, row.agencyId())).limit(50).toList();
    }

    // ---- one item --------------------------------------------------------------------------------------------

    public ItemView view(UUID itemId) {
        ContentItem item = items.find(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        currentActor.get().require(Permission.VIEW_CONTENT, item.agencyId());
        return ItemView.of(item);
    }

    /** The other language versions of an item (its translation group). */
    public List<ItemRow> translationsOf(UUID itemId) {
        ContentItem item = items.find(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        return visible(em.createQuery(ROW + " and i.translationGroup = :group and i.id <> :id order by i.language",
                        ItemRow.class)
                .setParameter("group", item.translationGroup()).setParameter("id", itemId).getResultList());
    }

    /** Revision {@code a} against revision {@code b} of one item. */
    public List<RevisionDiff.FieldDiff> compare(UUID itemId, int a, int b) {
        ContentItem item = items.find(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        currentActor.get().require(Permission.VIEW_CONTENT, item.agencyId());
        return RevisionDiff.between(item.revision(a).content(), item.revision(b).content(),
                Locale.forLanguageTag(item.language()));
    }

    /** The revision a reviewer should compare the one in review with: the last one signed off, else the first. */
    public int baselineForReview(UUID itemId) {
        ContentItem item = items.find(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        currentActor.get().require(Permission.VIEW_CONTENT, item.agencyId());
        int working = item.working().map(r -> r.number()).orElse(item.publishedVersion());
        List<Integer> approved = new ArrayList<>();
        item.revisions().stream().filter(r -> r.wasApproved() && r.number() < working).forEach(r -> approved.add(r.number()));
        return approved.isEmpty() ? 1 : approved.get(approved.size() - 1);
    }
}
