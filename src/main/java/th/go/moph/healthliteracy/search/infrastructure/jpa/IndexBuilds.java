package th.go.moph.healthliteracy.search.infrastructure.jpa;

import static th.go.moph.healthliteracy.platform.persistence.NativeValues.instant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Rebuilds in progress ({@code search_index_build}), one per alias across all portal instances. While a build row
 * exists, deliveries write to its index as well as to the live one.
 */
@ApplicationScoped
public class IndexBuilds {

    /** A build in progress. */
    public record Build(String alias, String index, String owner, Instant startedAt, Instant heartbeatAt) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Registers a build of {@code index} for {@code alias}; false when another build of the alias is running (one
     * whose owner has not beaten its heart within {@code stale} is taken over).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean begin(String alias, String index, String owner, Duration stale) {
        em.createNativeQuery("delete from search_index_build where alias = ?1"
                        + " and heartbeat_at < clock_timestamp() - make_interval(secs => ?2)")
                .setParameter(1, alias).setParameter(2, (double) stale.toSeconds()).executeUpdate();
        return em.createNativeQuery("insert into search_index_build (alias, index_name, owner, started_at, heartbeat_at)"
                        + " values (?1, ?2, ?3, clock_timestamp(), clock_timestamp()) on conflict (alias) do nothing")
                .setParameter(1, alias).setParameter(2, index).setParameter(3, owner).executeUpdate() == 1;
    }

    /** Renews the build's heartbeat; false when it is no longer this owner's (taken over, or cancelled). */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean heartbeat(String alias, String index, String owner) {
        return em.createNativeQuery("update search_index_build set heartbeat_at = clock_timestamp()"
                        + " where alias = ?1 and index_name = ?2 and owner = ?3")
                .setParameter(1, alias).setParameter(2, index).setParameter(3, owner).executeUpdate() == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void end(String alias, String index) {
        em.createNativeQuery("delete from search_index_build where alias = ?1 and index_name = ?2")
                .setParameter(1, alias).setParameter(2, index).executeUpdate();
    }

    @Transactional(TxType.REQUIRED)
    @SuppressWarnings("unchecked")
    public List<Build> running() {
        List<Object[]> rows = em.createNativeQuery("select alias, index_name, owner, started_at, heartbeat_at"
                + " from search_index_build order by alias").getResultList();
        return rows.stream().map(r -> new Build((String) r[0], (String) r[1], (String) r[2], instant(r[3]),
                instant(r[4]))).toList();
    }

    public Optional<Build> running(String alias) {
        return running().stream().filter(b -> b.alias().equals(alias)).findFirst();
    }
}
