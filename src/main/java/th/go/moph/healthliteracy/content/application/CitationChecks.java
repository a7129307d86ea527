package th.go.moph.healthliteracy.content.application;

import static th.go.moph.healthliteracy.platform.persistence.NativeValues.instant;
import static th.go.moph.healthliteracy.platform.persistence.NativeValues.uuid;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.identity.application.CurrentActor;

/** The stored results of citation checks, and the broken sources each editor sees. */
@ApplicationScoped
public class CitationChecks {

    /** The revisions whose citations count: every item's working and live revision, archived items aside. */
    private static final String CURRENT_CITATIONS = "select distinct c.url, i.id, r.title, i.agency_id"
            + " from content_item i join revision r on r.item_id = i.id"
            + " and r.number in (coalesce(i.working_revision, 0), coalesce(i.live_revision, 0))"
            + " join revision_citation c on c.revision_id = r.id where i.status <> 'ARCHIVED'";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> addressesDue(Instant notCheckedSince) {
        return em.createNativeQuery("select distinct cc.url from (" + CURRENT_CITATIONS + ") cc(url, item, title, agency)"
                        + " left join citation_check k on k.url = cc.url"
                        + " where k.url is null or k.checked_at < ?1 order by cc.url")
                .setParameter(1, java.sql.Timestamp.from(notCheckedSince)).getResultList();
    }

    @Transactional
    public void record(String url, boolean ok, Integer status, String problem, Instant checkedAt) {
        em.createNativeQuery("insert into citation_check (url, ok, status, problem, checked_at) values (?1, ?2, ?3, ?4, ?5)"
                        + " on conflict (url) do update set ok = excluded.ok, status = excluded.status,"
                        + " problem = excluded.problem, checked_at = excluded.checked_at")
                .setParameter(1, url).setParameter(2, ok).setParameter(3, status).setParameter(4, problem)
                .setParameter(5, java.sql.Timestamp.from(checkedAt)).executeUpdate();
    }

    /** A cited address that failed its last check, and the item citing it. */
    public record BrokenCitation(UUID itemId, String itemTitle, String url, Integer status, String problem,
            Instant checkedAt) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<BrokenCitation> brokenForMe() {
        Set<UUID> visible = currentActor.get().visibleAgencies();
        List<Object[]> rows = em.createNativeQuery("select cc.item, cc.title, cc.url, k.status, k.problem, k.checked_at, cc.agency"
                + " from (" + CURRENT_CITATIONS + ") cc(url, item, title, agency)"
                + " join citation_check k on k.url = cc.url where not k.ok order by k.checked_at desc limit 200")
                .getResultList();
        return rows.stream()
                .filter(r -> visible == null || visible.contains(uuid(r[6])))
                .map(r -> new BrokenCitation(uuid(r[0]), (String) r[1], (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], instant(r[5])))
                .toList();
    }
}
