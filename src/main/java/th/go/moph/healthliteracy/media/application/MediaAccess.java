package th.go.moph.healthliteracy.media.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Permission;

/**
 * Who may fetch a stored media object. The public: only renditions of items that are published now — checked on every
 * request, so withdrawing or suspending an item stops its media at once. Editors: renditions of the items they may
 * see. Originals are never served.
 */
@ApplicationScoped
public class MediaAccess {

    /** Rendition rows the key belongs to: the file itself, or a file in a video's rendition folder. */
    private static final String OWNER = "select cast(i.agency_id as text), i.status from rendition r"
            + " join media_asset a on a.id = r.asset_id join content_item i on i.id = a.item_id"
            + " where r.storage_key = ?1 or (r.kind = 'HLS_MASTER' and ?1 like replace(r.storage_key, 'master.m3u8', '') || '%')";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    /** Who may have an object: everyone (it belongs to a live item), the editors who may see its item, or nobody. */
    public enum Audience {
        PUBLIC, EDITORS, NOBODY
    }

    /** One look-up per request: who may fetch {@code key}, for the current caller. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Audience audienceOf(String key) {
        if (key.startsWith("originals/") || key.startsWith("captions/")) {
            return Audience.NOBODY;
        }
        List<Object[]> owners = em.createNativeQuery(OWNER).setParameter(1, key).getResultList();
        if (owners.stream().anyMatch(o -> "PUBLISHED".equals(o[1]))) {
            return Audience.PUBLIC;
        }
        if (owners.isEmpty() || currentActor.accountId().isEmpty()) {
            return Audience.NOBODY;
        }
        return owners.stream().anyMatch(o -> currentActor.get().may(Permission.VIEW_CONTENT,
                UUID.fromString((String) o[0]))) ? Audience.EDITORS : Audience.NOBODY;
    }
}
