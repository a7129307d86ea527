package th.go.moph.healthliteracy.media.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import th.go.moph.healthliteracy.content.domain.MediaReadiness;

/**
 * The media attached to content items, as the publish gate needs to know it. Media assets cannot be attached yet
 * (uploads and renditions are the media pipeline's work), so every item reports no finished media: images and
 * videos cannot pass the publish gate until they can have media.
 */
@ApplicationScoped
public class MediaAttachments {

    public MediaReadiness readinessOf(UUID itemId) {
        return MediaReadiness.NONE;
    }
}
