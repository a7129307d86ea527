package th.go.moph.healthliteracy.content.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.platform.persistence.NativeValues;

/**
 * The import's memory: which item each manifest key became and the fingerprint of what was imported
 * ({@code content_import}), and the runs with their reports ({@code import_run}).
 */
@ApplicationScoped
public class ImportRecords {

    @PersistenceContext
    EntityManager em;

    /** An imported key: its item, agency and the fingerprint of the manifest and files last imported. */
    public record Imported(String key, UUID itemId, UUID agencyId, String fingerprint, int itemRevision) {
    }

    /** A past run, for the admin page. */
    public record Run(UUID id, String source, Instant startedAt, Instant finishedAt, int imported, int updated,
            int unchanged, int refused, String report) {
    }

    @Transactional
    public Optional<Imported> find(String key) {
        List<?> rows = em.createNativeQuery("select import_key, item_id, agency_id, fingerprint, item_revision"
                + " from content_import where import_key = ?1").setParameter(1, key).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new Imported((String) row[0],
                NativeValues.uuid(row[1]), NativeValues.uuid(row[2]), (String) row[3], ((Number) row[4]).intValue()));
    }

    /**
     * Holds the key until the transaction ends: two imports of the same key (two instances, the page and the inbox)
     * take turns, and the second sees what the first did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String key) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('content_import:' || ?1))").setParameter(1, key)
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String key, UUID itemId, UUID agencyId, boolean sample, String fingerprint, int itemRevision,
            UUID importedBy, Instant now) {
        em.createNativeQuery("insert into content_import (import_key, item_id, agency_id, sample, fingerprint,"
                        + " item_revision, first_imported_at, last_imported_at, imported_by)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)"
                        + " on conflict (import_key) do update set fingerprint = excluded.fingerprint,"
                        + " sample = excluded.sample, item_revision = excluded.item_revision,"
                        + " last_imported_at = excluded.last_imported_at, imported_by = excluded.imported_by")
                .setParameter(1, key).setParameter(2, itemId).setParameter(3, agencyId).setParameter(4, sample)
                .setParameter(5, fingerprint).setParameter(6, itemRevision).setParameter(7, NativeValues.timestamp(now))
                .setParameter(8, importedBy).executeUpdate();
    }

    /** Whether any sample item is public: the site says so in its footer while they are. */
    @Transactional
    public boolean samplesPublic() {
        return !em.createNativeQuery("select 1 from content_import c join content_item i on i.id = c.item_id"
                + " where c.sample and i.status = 'PUBLISHED' limit 1").getResultList().isEmpty();
    }

    /** Whether the item was loaded as sample content. */
    @Transactional
    public boolean isSample(UUID itemId) {
        return !em.createNativeQuery("select 1 from content_import where item_id = ?1 and sample")
                .setParameter(1, itemId).getResultList().isEmpty();
    }

    /** The ids of the sample items. */
    @Transactional
    public List<UUID> sampleItems() {
        return ((List<?>) em.createNativeQuery("select item_id from content_import where sample order by import_key")
                .getResultList()).stream().map(NativeValues::uuid).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(UUID runId, String source, UUID startedBy, Instant now) {
        em.createNativeQuery("insert into import_run (id, source, started_by, started_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, runId).setParameter(2, source).setParameter(3, startedBy)
                .setParameter(4, NativeValues.timestamp(now)).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(ImportReport report, Instant now) {
        em.createNativeQuery("update import_run set finished_at = ?2, imported = ?3, updated = ?4, unchanged = ?5,"
                        + " refused = ?6, report = ?7 where id = ?1")
                .setParameter(1, report.runId()).setParameter(2, NativeValues.timestamp(now))
                .setParameter(3, (int) report.count(ImportOutcome.Result.IMPORTED))
                .setParameter(4, (int) report.count(ImportOutcome.Result.UPDATED))
                .setParameter(5, (int) report.count(ImportOutcome.Result.UNCHANGED))
                .setParameter(6, (int) report.count(ImportOutcome.Result.REFUSED)).setParameter(7, report.text())
                .executeUpdate();
    }

    /** The latest runs; {@code startedBy} narrows them to one account's (empty: everyone's). */
    @Transactional
    public List<Run> recentRuns(Optional<UUID> startedBy, int limit) {
        var query = em.createNativeQuery("select id, source, started_at, finished_at, imported, updated, unchanged,"
                + " refused, report from import_run" + (startedBy.isPresent() ? " where started_by = ?2" : "")
                + " order by started_at desc limit ?1").setParameter(1, limit);
        startedBy.ifPresent(id -> query.setParameter(2, id));
        return ((List<?>) query.getResultList()).stream().map(Object[].class::cast)
                .map(r -> new Run(NativeValues.uuid(r[0]), (String) r[1], NativeValues.instant(r[2]),
                        NativeValues.instant(r[3]), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                        ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (String) r[8]))
                .toList();
    }

    /** Whether an agency with this code is registered (asked in a transaction: imports also run on worker threads). */
    @Transactional
    public boolean agencyExists(String code) {
        return !em.createNativeQuery("select 1 from agency where code = ?1").setParameter(1, code).getResultList()
                .isEmpty();
    }

    /** Whether the taxonomy has a topic with this code. */
    @Transactional
    public boolean topicExists(String code) {
        return !em.createNativeQuery("select 1 from topic where code = ?1").setParameter(1, code).getResultList()
                .isEmpty();
    }

    /** Whether the portal holds no content at all: the first run's import only fills an empty portal. */
    @Transactional
    public boolean portalEmpty() {
        return em.createNativeQuery("select 1 from content_item limit 1").getResultList().isEmpty();
    }
}
