package th.go.moph.healthliteracy.content.domain;

import java.util.Set;

/**
 * What the media context reports about an item's media, for the publish gate: whether its renditions are finished,
 * in which languages it has captions, and whether every asset records if identifiable people appear (with the
 * consent reference when they do: PDPA).
 */
public record MediaReadiness(boolean renditionsReady, Set<String> captionLanguages, boolean peopleRecorded) {

    /** No media attached (yet). */
    public static final MediaReadiness NONE = new MediaReadiness(false, Set.of(), false);

    public MediaReadiness {
        captionLanguages = Set.copyOf(captionLanguages);
    }

    /** The same, as it will be once the renditions in the making are finished. */
    public MediaReadiness assumingRenditionsReady() {
        return new MediaReadiness(true, captionLanguages, peopleRecorded);
    }
}
