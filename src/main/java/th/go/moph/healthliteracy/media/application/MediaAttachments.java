package th.go.moph.healthliteracy.media.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.content.domain.MediaReadiness;
import th.go.moph.healthliteracy.media.domain.MediaAsset;

/**
 * The media attached to content items, as the publish gate needs to know it: renditions are ready when the item has
 * media and every asset's renditions are finished; captions count in the languages stored for its videos.
 */
@ApplicationScoped
public class MediaAttachments {

    @Inject
    MediaCatalog catalog;

    public MediaReadiness readinessOf(UUID itemId) {
        List<MediaAsset> assets = catalog.assetsOf(itemId);
        boolean ready = !assets.isEmpty() && assets.stream().allMatch(a -> a.status() == MediaAsset.Status.READY);
        Set<String> captions = new HashSet<>();
        for (MediaAsset asset : assets) {
            catalog.captionsOf(asset.id()).forEach(row -> captions.add((String) row[0]));
        }
        boolean people = !assets.isEmpty() && assets.stream().allMatch(a -> a.peoplePresent() != null);
        return new MediaReadiness(ready, captions, people);
    }
}
