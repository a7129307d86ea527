package th.go.moph.healthliteracy.content.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an item must have before a revision of it goes public. Each missing thing is named, so the publisher sees the
 * whole list at once.
 */
public final class PublishGate {

    private PublishGate() {
    }

    public static List<String> missing(ContentItem item, Revision revision, MediaReadiness media, Instant now,
            LocalDate today) {
        ContentDraft content = revision.content();
        List<String> missing = new ArrayList<>();
        if (content.title().isEmpty()) {
            missing.add("a title");
        }
        if (content.summary().isEmpty()) {
            missing.add("a summary");
        }
        if (content.topics().isEmpty()) {
            missing.add("at least one topic");
        }
        if (content.audiences().isEmpty()) {
            missing.add("at least one audience");
        }
        if (content.licence() == null) {
            missing.add("a licence");
        }
        if (!revision.isSignedOff()) {
            missing.add("a medical sign-off of this exact revision");
        }
        if (item.nextReviewDue() == null) {
            missing.add("a next review date");
        } else if (item.nextReviewDue().isBefore(today)) {
            missing.add("a next review date that has not passed");
        }
        if (item.unpublishAt() != null && !item.unpublishAt().isAfter(now)) {
            missing.add("an unpublish time in the future (or none)");
        }
        switch (item.type()) {
            case IMAGE -> {
                if (content.altText().isEmpty()) {
                    missing.add("alt text in the item's language");
                }
                if (!media.renditionsReady()) {
                    missing.add("an image with finished renditions");
                }
                if (!media.peopleRecorded()) {
                    missing.add("whether identifiable people appear in the media (and the consent reference)");
                }
            }
            case VIDEO -> {
                if (!media.renditionsReady()) {
                    missing.add("a video with finished renditions");
                }
                if (!media.peopleRecorded()) {
                    missing.add("whether identifiable people appear in the media (and the consent reference)");
                }
                if (!media.captionLanguages().contains(item.language()) && content.captionsWaiver().isEmpty()) {
                    missing.add("captions in the item's language, or a recorded reason why not");
                }
            }
            case ARTICLE -> {
                if (content.body().isEmpty()) {
                    missing.add("a body");
                }
            }
        }
        return missing;
    }
}
