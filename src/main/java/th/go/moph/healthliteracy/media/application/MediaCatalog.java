package th.go.moph.healthliteracy.media.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.media.domain.Rendition;
import th.go.moph.healthliteracy.media.infrastructure.jobs.JobQueue;

/** The media records: assets with their job, captions, finished renditions. Every change in one transaction. */
@ApplicationScoped
@Transactional
public class MediaCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobQueue jobs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Records an accepted upload and queues the job that makes its renditions. */
    public UUID register(MediaAsset asset) {
        em.persist(asset);
        jobs.enqueue(asset.id(), asset.kind() == MediaAsset.Kind.IMAGE ? JobQueue.Type.IMAGE_RENDITIONS
                : JobQueue.Type.VIDEO_TRANSCODE);
        audit.record("MEDIA_UPLOADED", Subject.of("media_asset", asset.id()), asset.kind() + " " + asset.sizeBytes()
                + " bytes for item " + asset.itemId());
        return asset.id();
    }

    /** Records captions (already stored) and queues a new transcode so the HLS master lists them. */
    public void addCaptions(UUID assetId, String language, String key) {
        em.createNativeQuery("insert into media_caption (asset_id, language, storage_key, created_at)"
                        + " values (?1, ?2, ?3, now()) on conflict (asset_id, language)"
                        + " do update set storage_key = excluded.storage_key, created_at = excluded.created_at")
                .setParameter(1, assetId).setParameter(2, language).setParameter(3, key).executeUpdate();
        asset(assetId).retry(clock.instant());
        jobs.enqueue(assetId, JobQueue.Type.VIDEO_TRANSCODE);
        audit.record("MEDIA_CAPTIONS_ADDED", Subject.of("media_asset", assetId), language);
    }

    public void recordPeople(UUID assetId, boolean present, String consentReference) {
        asset(assetId).recordPeople(present, consentReference, clock.instant());
        audit.record("MEDIA_PEOPLE_RECORDED", Subject.of("media_asset", assetId), present ? "people, consent "
                + consentReference : "no identifiable people");
    }

    /** The finished renditions replace any earlier ones, only if the worker still holds the job. */
    public boolean complete(JobQueue.Claim claim, List<Rendition> renditions) {
        if (!jobs.succeed(claim)) {
            return false;
        }
        em.createQuery("delete from Rendition r where r.assetId = :asset").setParameter("asset", claim.assetId())
                .executeUpdate();
        renditions.forEach(em::persist);
        asset(claim.assetId()).renditionsFinished(clock.instant());
        audit.recordFor(null, "MEDIA_RENDITIONS_READY", Subject.of("media_asset", claim.assetId()),
                renditions.size() + " renditions, attempt " + claim.attempt());
        return true;
    }

    public void failed(JobQueue.Claim claim, String reason) {
        if (jobs.fail(claim, reason)) {
            asset(claim.assetId()).renditionsFailed(reason, clock.instant());
            audit.recordFor(null, "MEDIA_RENDITIONS_FAILED", Subject.of("media_asset", claim.assetId()), reason);
        }
    }

    public MediaAsset asset(UUID assetId) {
        MediaAsset asset = em.find(MediaAsset.class, assetId);
        if (asset == null) {
            throw new IllegalArgumentException("No media asset " + assetId);
        }
        return asset;
    }

    public List<MediaAsset> assetsOf(UUID itemId) {
        return em.createQuery("select a from MediaAsset a where a.itemId = :item order by a.createdAt", MediaAsset.class)
                .setParameter("item", itemId).getResultList();
    }

    public List<Rendition> renditionsOf(UUID assetId) {
        return em.createNamedQuery(Rendition.OF_ASSET, Rendition.class).setParameter("asset", assetId).getResultList();
    }

    /** Language → storage key of an asset's captions. */
    @SuppressWarnings("unchecked")
    public List<Object[]> captionsOf(UUID assetId) {
        return em.createNativeQuery("select language, storage_key from media_caption where asset_id = ?1 order by language")
                .setParameter(1, assetId).getResultList();
    }
}
