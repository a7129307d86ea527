package th.go.moph.healthliteracy.publishing.application;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.Revision;
import th.go.moph.healthliteracy.content.domain.TopicRepository;
import th.go.moph.healthliteracy.content.importing.ImportRecords;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.media.application.MediaCatalog;
import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.media.domain.Rendition;
import th.go.moph.healthliteracy.platform.text.Jsonp;
import th.go.moph.healthliteracy.platform.text.Sha256;

/**
 * The public document of an item, as the feed, the item API and webhooks give it: its live revision and what a
 * channel needs to show it (agency, licence, review dates, translations, media). Never a draft, never an editor's
 * name or account: only what is on the public page.
 */
@ApplicationScoped
public class PublicDocuments {

    /** Grows whenever the document's shape changes, so that every stored document is made again. */
    static final int FORMAT = 3;

    @Inject
    TopicRepository topics;

    @Inject
    MediaCatalog media;

    @Inject
    ImportRecords imports;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    String publicBaseUrl;

    /** What stored documents depend on besides the items themselves. */
    String fingerprint() {
        return "public-item.v" + FORMAT + " " + base();
    }

    /** The document format a fingerprint names (0 for none or an unreadable one). */
    static int formatOf(String fingerprint) {
        var version = java.util.regex.Pattern.compile("^public-item\\.v(\\d+) ").matcher(fingerprint);
        return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }

    /** The site's own address, ending in a slash. */
    public String home() {
        return base();
    }

    /** The canonical address of an item's public page. */
    public String url(String language, String slug) {
        return base() + language + "/" + slug;
    }

    /** The document of a published item; {@code translations}: the other published items of its group. */
    String document(ContentItem item, Agency agency, List<ContentItem> translations) {
        Revision live = item.live().orElseThrow(() -> new IllegalArgumentException("item " + item.id()
                + " has no live revision"));
        ContentDraft content = live.content();
        JsonObjectBuilder json = Jsonp.objectBuilder()
                .add("id", item.id().toString())
                .add("version", live.number())
                .add("contentHash", live.contentHash())
                .add("type", item.type().name())
                .add("language", item.language())
                .add("url", url(item.language(), item.slug()))
                .add("translations", translations(translations))
                .add("title", content.title())
                .add("summary", content.summary())
                .add("body", content.body());
        JsonArrayBuilder topicList = Jsonp.arrayBuilder();
        for (String code : content.topics()) {
            topics.find(code).ifPresentOrElse(
                    t -> topicList.add(Jsonp.objectBuilder().add("code", code).add("th", t.labelTh())
                            .add("en", t.labelEn())),
                    () -> topicList.add(Jsonp.objectBuilder().add("code", code)));
        }
        json.add("topics", topicList)
                .add("audiences", Jsonp.arrayBuilder(content.audiences().stream().map(Enum::name).sorted()
                        .toList()))
                .add("agency", Jsonp.objectBuilder().add("code", agency.code()).add("th", agency.nameTh())
                        .add("en", agency.nameEn()));
        if (content.licence() == null) {
            json.addNull("licence");
        } else {
            JsonObjectBuilder licence = Jsonp.objectBuilder().add("code", content.licence().name())
                    .add("name", content.licence().label());
            if (content.licence().url() != null) {
                licence.add("url", content.licence().url());
            }
            json.add("licence", licence);
        }
        json.add("attribution", content.attribution());
        add(json, "lastReviewed", Objects.toString(item.lastReviewed(), null));
        json.add("signOff", signOff(item));
        add(json, "nextReviewDue", Objects.toString(item.nextReviewDue(), null));
        add(json, "publishedAt", Objects.toString(item.firstPublishedAt(), null));
        add(json, "updatedAt", Objects.toString(item.liveSince(), null));
        add(json, "correctionNote", content.correctionNote() == null || content.correctionNote().isBlank() ? null
                : content.correctionNote());
        json.add("media", media(item, content));
        if (imports.isSample(item.id())) {
            json.add("sample", true);
        }
        return json.build().toString();
    }

    /**
     * How the live revision was signed off: reviewed in the portal, or attested outside it (with the attesting
     * organisation; never a person's name), so that no channel shows an attestation as a review.
     */
    private static JsonObjectBuilder signOff(ContentItem item) {
        var live = item.live().map(r -> r.signOff()).orElse(null);
        if (live == null || !live.isExternal()) {
            return Jsonp.objectBuilder().add("kind", "portal-review");
        }
        return Jsonp.objectBuilder().add("kind", "external-attestation")
                .add("agency", live.attestation().orElseThrow().agency());
    }

    /** A short, strong validator of a document's bytes. */
    static String etag(String document) {
        return Sha256.hex(document, 16);
    }

    private JsonArrayBuilder translations(List<ContentItem> translations) {
        JsonArrayBuilder list = Jsonp.arrayBuilder();
        translations.forEach(t -> list.add(Jsonp.objectBuilder().add("language", t.language())
                .add("id", t.id().toString()).add("url", url(t.language(), t.slug()))));
        return list;
    }

    /** Finished renditions only, by public address; originals are never offered. */
    private JsonArrayBuilder media(ContentItem item, ContentDraft content) {
        JsonArrayBuilder list = Jsonp.arrayBuilder();
        for (MediaAsset asset : media.assetsOf(item.id())) {
            if (asset.status() != MediaAsset.Status.READY) {
                continue;
            }
            JsonObjectBuilder entry = Jsonp.objectBuilder().add("kind", asset.kind().name());
            if (asset.kind() == MediaAsset.Kind.IMAGE) {
                add(entry, "alt", content.altText());
            }
            if (asset.width() != null && asset.height() != null) {
                entry.add("width", asset.width()).add("height", asset.height());
            }
            if (asset.durationSeconds() != null) {
                entry.add("durationSeconds", asset.durationSeconds());
            }
            JsonArrayBuilder renditions = Jsonp.arrayBuilder();
            for (Rendition r : media.renditionsOf(asset.id())) {
                JsonObjectBuilder rendition = Jsonp.objectBuilder().add("kind", r.kind().name())
                        .add("url", base() + "media/" + r.storageKey()).add("contentType", r.contentType());
                if (r.width() != null) {
                    rendition.add("width", r.width());
                }
                if (r.height() != null) {
                    rendition.add("height", r.height());
                }
                if (r.language() != null) {
                    rendition.add("language", r.language());
                }
                renditions.add(rendition.add("bytes", r.sizeBytes()));
            }
            list.add(entry.add("renditions", renditions));
        }
        return list;
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private String base() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
    }
}
