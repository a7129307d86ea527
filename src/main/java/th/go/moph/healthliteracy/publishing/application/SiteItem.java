package th.go.moph.healthliteracy.publishing.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import th.go.moph.healthliteracy.platform.text.Jsonp;

/**
 * A published item as the citizen site shows it, read from its public document — the same one the feed gives, so a
 * page can show nothing a draft holds and no editor's name.
 */
public final class SiteItem {

    /** A translation of the item. */
    public record Translation(String language, String url) {
    }

    /** One size of an image, for {@code srcset}. */
    public record ImageSize(String url, int width, int height, String contentType) {
    }

    /** The captions of a video in one language. */
    public record Captions(String language, String url) {
    }

    private final JsonObject document;

    private SiteItem(JsonObject document) {
        this.document = document;
    }

    public static SiteItem of(String document) {
        return new SiteItem(Jsonp.object(document));
    }

    public String getId() { return document.getString("id"); }
    public String getType() { return document.getString("type"); }
    public String getLanguage() { return document.getString("language"); }
    public String getUrl() { return document.getString("url"); }
    public String getTitle() { return document.getString("title"); }
    public String getSummary() { return document.getString("summary"); }
    /** Sanitized when it was saved (the editor's sanitizer keeps only safe HTML). */
    public String getBody() { return document.getString("body"); }
    public String getAttribution() { return document.getString("attribution"); }
    public int getVersion() { return document.getInt("version"); }

    public String getAgency() {
        JsonObject agency = document.getJsonObject("agency");
        return getLanguage().equals("th") ? agency.getString("th") : agency.getString("en");
    }

    public String getAgencyOther() {
        JsonObject agency = document.getJsonObject("agency");
        return getLanguage().equals("th") ? agency.getString("en") : agency.getString("th");
    }

    public String getLicenceName() {
        return document.isNull("licence") ? null : document.getJsonObject("licence").getString("name");
    }

    public String getLicenceUrl() {
        return document.isNull("licence") ? null : document.getJsonObject("licence").getString("url", null);
    }

    public LocalDate getLastReviewed() { return date("lastReviewed"); }
    /** The attesting organisation when the content was attested outside the portal, else {@code null}. */
    public String getAttestedBy() {
        JsonObject signOff = document.containsKey("signOff") ? document.getJsonObject("signOff") : null;
        return signOff != null && "external-attestation".equals(signOff.getString("kind", null))
                ? signOff.getString("agency", null) : null;
    }
    public LocalDate getNextReviewDue() { return date("nextReviewDue"); }
    public String getPublishedAt() { return text("publishedAt"); }
    public String getUpdatedAt() { return text("updatedAt"); }
    public String getCorrectionNote() { return text("correctionNote"); }

    /** Topic code → name in the item's language. */
    public Map<String, String> getTopics() {
        String key = getLanguage().equals("th") ? "th" : "en";
        return document.getJsonArray("topics").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("code"), t -> t.getString(key, t.getString("code")),
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<String> getAudiences() {
        return document.getJsonArray("audiences").stream().map(v -> ((jakarta.json.JsonString) v).getString())
                .toList();
    }

    public List<Translation> getTranslations() {
        return document.getJsonArray("translations").stream().map(JsonValue::asJsonObject)
                .map(t -> new Translation(t.getString("language"), t.getString("url"))).toList();
    }

    public boolean isThai() { return getLanguage().equals("th"); }
    public boolean isArticle() { return getType().equals("ARTICLE"); }
    public boolean isVideo() { return getType().equals("VIDEO"); }
    public boolean isImage() { return getType().equals("IMAGE"); }

    /** The image's text alternative, as the editor wrote it. */
    public String getAlt() {
        return media("IMAGE").map(m -> m.getString("alt", "")).orElse("");
    }

    public List<ImageSize> getJpegSizes() { return sizes("IMAGE_JPEG"); }
    public List<ImageSize> getWebpSizes() { return sizes("IMAGE_WEBP"); }

    /** {@code srcset} of the JPEG (or WebP) sizes. */
    public String srcset(String kind) {
        return sizes(kind).stream().map(s -> s.url() + " " + s.width() + "w").collect(Collectors.joining(", "));
    }

    /** The largest JPEG, the image's fallback and its picture for sharing. */
    public String getImage() {
        List<ImageSize> jpeg = getJpegSizes();
        return jpeg.isEmpty() ? getPoster() : jpeg.get(jpeg.size() - 1).url();
    }

    public String getImageWidth() {
        List<ImageSize> jpeg = getJpegSizes();
        return jpeg.isEmpty() ? null : Integer.toString(jpeg.get(jpeg.size() - 1).width());
    }

    public String getImageHeight() {
        List<ImageSize> jpeg = getJpegSizes();
        return jpeg.isEmpty() ? null : Integer.toString(jpeg.get(jpeg.size() - 1).height());
    }

    public String getHls() { return rendition("VIDEO", "HLS_MASTER"); }
    public String getMp4() { return rendition("VIDEO", "MP4"); }
    public String getPoster() { return rendition("VIDEO", "POSTER"); }

    public Double getDurationSeconds() {
        return media("VIDEO").filter(m -> m.containsKey("durationSeconds"))
                .map(m -> m.getJsonNumber("durationSeconds").doubleValue()).orElse(null);
    }

    public List<Captions> getCaptions() {
        return media("VIDEO").stream().flatMap(m -> m.getJsonArray("renditions").stream())
                .map(JsonValue::asJsonObject).filter(r -> r.getString("kind").equals("CAPTIONS_VTT"))
                .map(r -> new Captions(r.getString("language", getLanguage()), r.getString("url"))).toList();
    }

    private Optional<JsonObject> media(String kind) {
        return document.getJsonArray("media").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("kind").equals(kind)).findFirst();
    }

    private List<ImageSize> sizes(String kind) {
        return media("IMAGE").stream().flatMap(m -> m.getJsonArray("renditions").stream())
                .map(JsonValue::asJsonObject).filter(r -> r.getString("kind").equals(kind) && r.containsKey("width"))
                .map(r -> new ImageSize(r.getString("url"), r.getInt("width"), r.getInt("height", 0),
                        r.getString("contentType")))
                .sorted(Comparator.comparingInt(ImageSize::width)).toList();
    }

    private String rendition(String media, String kind) {
        return media(media).stream().flatMap(m -> m.getJsonArray("renditions").stream())
                .map(JsonValue::asJsonObject).filter(r -> r.getString("kind").equals(kind))
                .map(r -> r.getString("url")).findFirst().orElse(null);
    }

    private String text(String name) {
        return document.containsKey(name) && !document.isNull(name) ? document.getString(name) : null;
    }

    private LocalDate date(String name) {
        String value = text(name);
        return value == null ? null : LocalDate.parse(value);
    }

    /** The document as the feed gives it, for JSON-LD building. */
    public JsonObject document() {
        return document;
    }
}
