package th.go.moph.healthliteracy.content.domain;

import java.util.Set;

/**
 * What the media context reports about an item's media, for the publish gate: whether its renditions are finished,
 * and in which languages it has captions.
 */
public record MediaReadiness(boolean renditionsReady, Set<String> captionLanguages) {

    /** No media attached (yet). */
    public static final MediaReadiness NONE = new MediaReadiness(false, Set.of());

    public MediaReadiness {
        captionLanguages = Set.copyOf(captionLanguages);
    }
}
