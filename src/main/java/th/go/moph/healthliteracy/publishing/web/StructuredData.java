package th.go.moph.healthliteracy.publishing.web;

import java.time.Duration;

import jakarta.json.JsonObjectBuilder;

import th.go.moph.healthliteracy.platform.text.Jsonp;
import th.go.moph.healthliteracy.publishing.application.SiteItem;

/**
 * schema.org JSON-LD for an item page: a {@code MedicalWebPage} with its review date, publisher and licence, whose
 * main entity is the {@code VideoObject} or {@code ImageObject} of a video or image. Only public facts: the owning
 * agency, never an editor.
 */
final class StructuredData {

    private StructuredData() {
    }

    static String of(SiteItem item, String homeUrl) {
        JsonObjectBuilder page = Jsonp.objectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "MedicalWebPage")
                .add("@id", item.getUrl())
                .add("url", item.getUrl())
                .add("name", item.getTitle())
                .add("description", item.getSummary())
                .add("inLanguage", item.getLanguage())
                .add("audience", Jsonp.objectBuilder().add("@type", "PeopleAudience")
                        .add("audienceType", String.join(", ", item.getAudiences())))
                .add("publisher", Jsonp.objectBuilder().add("@type", "GovernmentOrganization")
                        .add("name", item.isThai() ? "กระทรวงสาธารณสุข" : "Ministry of Public Health, Thailand")
                        .add("url", homeUrl))
                .add("sourceOrganization", Jsonp.objectBuilder().add("@type", "GovernmentOrganization")
                        .add("name", item.getAgency()))
                .add("creditText", item.getAttribution());
        add(page, "lastReviewed", item.getLastReviewed() == null ? null : item.getLastReviewed().toString());
        add(page, "datePublished", item.getPublishedAt());
        add(page, "dateModified", item.getUpdatedAt());
        add(page, "license", item.getLicenceUrl());
        add(page, "image", item.getImage());
        if (!item.getTopics().isEmpty()) {
            page.add("keywords", String.join(", ", item.getTopics().values()));
        }
        if (item.isVideo()) {
            JsonObjectBuilder video = Jsonp.objectBuilder().add("@type", "VideoObject")
                    .add("name", item.getTitle()).add("description", item.getSummary());
            add(video, "thumbnailUrl", item.getPoster());
            add(video, "contentUrl", item.getMp4());
            add(video, "embedUrl", item.getUrl());
            add(video, "uploadDate", item.getPublishedAt());
            add(video, "license", item.getLicenceUrl());
            if (item.getDurationSeconds() != null) {
                video.add("duration", Duration.ofMillis(Math.round(item.getDurationSeconds() * 1000)).toString());
            }
            page.add("mainEntity", video);
        } else if (item.isImage() && item.getImage() != null) {
            JsonObjectBuilder image = Jsonp.objectBuilder().add("@type", "ImageObject")
                    .add("contentUrl", item.getImage()).add("caption", item.getAlt())
                    .add("creditText", item.getAttribution());
            add(image, "license", item.getLicenceUrl());
            add(image, "width", item.getImageWidth());
            add(image, "height", item.getImageHeight());
            page.add("mainEntity", image);
        }
        // "</" never appears inside the script element that holds this
        return page.build().toString().replace("</", "<\\/");
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
