package th.go.moph.healthliteracy.content.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an editor writes: the content and classification of one revision. Text is trimmed and NFC-normalised, so two
 * drafts that read the same are equal and hash the same. The body is HTML already cleaned by the sanitizer.
 *
 * @param topics topic codes from the taxonomy
 * @param altText the image's text alternative (images)
 * @param captionsWaiver why a video has no captions in its language, when it has none (videos)
 * @param correctionNote shown on the page and sent to feed consumers when the advice changed materially
 */
public record ContentDraft(String title, String summary, String body, SortedSet<String> topics, Set<Audience> audiences,
        Licence licence, String attribution, List<Citation> citations, String altText, String captionsWaiver,
        String correctionNote) {

    public ContentDraft {
        title = text(title);
        summary = text(summary);
        body = text(body);
        topics = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(topics == null ? Set.of() : topics));
        audiences = audiences == null || audiences.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(audiences));
        attribution = text(attribution);
        citations = citations == null ? List.of() : List.copyOf(citations);
        altText = text(altText);
        captionsWaiver = text(captionsWaiver);
        correctionNote = text(correctionNote);
    }

    private static String text(String value) {
        return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    /** The same content and classification, with another correction note. */
    public ContentDraft withCorrectionNote(String note) {
        return new ContentDraft(title, summary, body, topics, audiences, licence, attribution, citations, altText,
                captionsWaiver, note);
    }
}
