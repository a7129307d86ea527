package th.go.moph.healthliteracy.content.importing;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.Citation;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.ExternalAttestation;
import th.go.moph.healthliteracy.content.domain.Licence;
import th.go.moph.healthliteracy.platform.text.Jsonp;

/**
 * One item of an import, as its folder holds it ({@code content-samples/README.md} documents the format):
 * {@code item.json} and the body file it names. Reading checks everything that can be checked without the database —
 * required fields, known values, date offsets, that every file named stays inside the item's folder — and reports
 * every problem at once, each naming its field, so an agency fixes a manifest in one go.
 *
 * @param folder where the item's files are; every file named lies inside it
 * @param nextReviewDueInDays review dates are relative to the day of import, so imported samples never lapse
 * @param media the picture or video file of an image or video item, and what goes with it
 * @param attestation an external sign-off by the source agency (recorded as such, never as a review in the portal);
 *        without one the item arrives as a draft
 */
public record ItemManifest(Path folder, String key, boolean sample, ContentType type, String language, String slug,
        String translationOf, String agency, Licence licence, String attribution, String title, String summary,
        String bodyHtml, Set<String> topics, Set<Audience> audiences, List<Citation> sources, int nextReviewDueInDays,
        Publication publication, Integer publishInDays, String withdrawnReason, String altText, String captionsWaiver,
        Optional<MediaFiles> media, Optional<Attestation> attestation) {

    /** What the item should be once imported. */
    public enum Publication {
        DRAFT, PUBLISHED, SCHEDULED, WITHDRAWN
    }

    /**
     * Who, of which agency, signed the content off outside the portal, and when: on a date, or so many days before
     * the import (samples, so they never lapse).
     */
    public record Attestation(String attestedBy, String agency, LocalDate date, Integer daysAgo) {

        public ExternalAttestation on(LocalDate importDay) {
            return new ExternalAttestation(attestedBy, agency, date != null ? date : importDay.minusDays(daysAgo));
        }
    }

    /**
     * The media file of a picture or video, whether identifiable people appear in it (and the consent reference when
     * they do), and a video's caption files by language.
     */
    public record MediaFiles(String file, boolean peoplePresent, String consentReference,
            java.util.Map<String, String> captions) {
    }

    public static final String FILE = "item.json";
    public static final int MAX_BODY_BYTES = 256 * 1024;
    public static final int MAX_CAPTION_BYTES = 2 * 1024 * 1024;
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)+");

    /** Reads the item in {@code folder}; a {@link ManifestException} lists everything wrong with it. */
    public static ItemManifest read(Path folder) {
        String folderKey = folder.getFileName().toString();
        Path file = folder.resolve(FILE);
        JsonObject json;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ManifestException(folderKey, List.of(FILE + ": missing"));
            }
            if (Files.size(file) > MAX_MANIFEST_BYTES) {
                throw new ManifestException(folderKey, List.of(FILE + ": larger than " + MAX_MANIFEST_BYTES + " bytes"));
            }
            json = Jsonp.object(utf8(file));
        } catch (IOException | JsonException | ClassCastException e) {
            throw new ManifestException(folderKey, List.of(FILE + ": not a JSON object (" + e.getMessage() + ")"));
        }
        return new Reader(folder, folderKey, json).manifest();
    }

    /** What an editor would have written: the draft of the item's first revision. */
    public ContentDraft draft() {
        return new ContentDraft(title, summary, bodyHtml, new TreeSet<>(topics), audiences, licence, attribution,
                sources, altText, captionsWaiver, "");
    }

    public LocalDate nextReviewDue(LocalDate importDay) {
        return importDay.plusDays(nextReviewDueInDays);
    }

    private static String utf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
    }

    /** Reads the fields one by one, collecting problems instead of stopping at the first. */
    private static final class Reader {

        private final Path folder;
        private final JsonObject json;
        private final List<String> problems = new ArrayList<>();
        private final String key;

        Reader(Path folder, String folderKey, JsonObject json) {
            this.folder = folder;
            this.json = json;
            String declared = text("key", true);
            if (declared != null && !declared.equals(folderKey)) {
                problems.add("key: '" + declared + "' is not the folder's name '" + folderKey + "'");
            }
            if (declared != null && (!KEY.matcher(declared).matches() || declared.length() > 120)) {
                problems.add("key: lower-case letters, digits and hyphens only, at most 120 of them");
            }
            this.key = declared == null ? folderKey : declared;
        }

        ItemManifest manifest() {
            boolean sample = json.getBoolean("sample", false);
            ContentType type = choice("type", ContentType.class, true);
            String language = text("language", true);
            if (language != null && !language.matches("[a-z]{2,3}")) {
                problems.add("language: a two- or three-letter code (th, en)");
            }
            String slug = text("slug", true);
            if (slug != null && (!KEY.matcher(slug).matches() || slug.length() < 3 || slug.length() > 80)) {
                problems.add("slug: 3-80 lower-case letters, digits and hyphens");
            }
            String translationOf = !json.containsKey("translationOf") || json.isNull("translationOf") ? null
                    : text("translationOf", false);
            String agency = text("agency", true);
            Licence licence = choice("licence", Licence.class, true);
            String attribution = text("attribution", true);
            String title = text("title", true);
            String summary = text("summary", true);
            String body = body();
            Set<String> topics = new TreeSet<>(strings("topics", t -> t.matches("[a-z0-9]+(-[a-z0-9]+)*") ? t : null,
                    "a topic code"));
            Set<Audience> audiences = EnumSet.noneOf(Audience.class);
            audiences.addAll(strings("audiences", a -> parse(Audience.class, a), "an audience"));
            if (audiences.isEmpty()) {
                problems.add("audiences: at least one of " + List.of(Audience.values()));
            }
            List<Citation> sources = sources();
            JsonObject review = json.containsKey("review") && json.get("review") instanceof JsonObject r ? r : null;
            int nextReviewDueInDays = review == null ? 365 : days(review, "nextReviewDueInDays", -3650, 3650);
            Publication publication = Optional.ofNullable(choice("publication", Publication.class, false))
                    .orElse(Publication.DRAFT);
            Integer publishInDays = json.containsKey("publishInDays") ? days(json, "publishInDays", 1, 365) : null;
            if (publication == Publication.SCHEDULED && publishInDays == null) {
                problems.add("publishInDays: a scheduled item says in how many days it goes out");
            }
            String withdrawnReason = json.containsKey("withdrawnReason") ? text("withdrawnReason", false) : null;
            if (publication == Publication.WITHDRAWN && (withdrawnReason == null || withdrawnReason.isBlank())) {
                problems.add("withdrawnReason: a withdrawn item says why");
            }
            String altText = json.containsKey("altText") ? text("altText", false) : "";
            if (type == ContentType.IMAGE && (altText == null || altText.isBlank())) {
                problems.add("altText: a picture needs its text alternative");
            }
            String captionsWaiver = json.containsKey("captionsWaiver") ? text("captionsWaiver", false) : "";
            Optional<MediaFiles> media = media(type);
            Optional<Attestation> attestation = attestation();
            if (!problems.isEmpty()) {
                throw new ManifestException(key, problems);
            }
            return new ItemManifest(folder, key, sample, type, language, slug, translationOf, agency, licence,
                    attribution, title, summary, body, topics, audiences, sources, nextReviewDueInDays, publication,
                    publishInDays, withdrawnReason, altText, captionsWaiver, media, attestation);
        }

        private String body() {
            String name = text("body", true);
            Path file = name == null ? null : file("body", name, MAX_BODY_BYTES);
            if (file == null) {
                return null;
            }
            try {
                return utf8(file);
            } catch (IOException e) {
                problems.add("body: cannot be read (" + e.getMessage() + ")");
                return null;
            }
        }

        /** A file in the item's folder, named plainly, present and no larger than {@code maxBytes}; else a problem. */
        private Path file(String field, String name, long maxBytes) {
            if (!FILE_NAME.matcher(name).matches()) {
                problems.add(field + ": a file name in the item's folder (no paths)");
                return null;
            }
            Path file = folder.resolve(name).normalize();
            try {
                if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(field + ": no file '" + name + "' in the item's folder");
                    return null;
                }
                if (Files.size(file) > maxBytes) {
                    problems.add(field + ": '" + name + "' is larger than " + maxBytes / 1024 + " KB");
                    return null;
                }
                return file;
            } catch (IOException e) {
                problems.add(field + ": '" + name + "' cannot be read (" + e.getMessage() + ")");
                return null;
            }
        }

        private Optional<MediaFiles> media(ContentType type) {
            boolean wanted = type == ContentType.IMAGE || type == ContentType.VIDEO;
            if (!json.containsKey("media") || json.isNull("media")) {
                if (wanted) {
                    problems.add("media: a " + type.name().toLowerCase(Locale.ROOT) + " item names its file");
                }
                return Optional.empty();
            }
            if (!wanted) {
                problems.add("media: only pictures and videos carry a media file");
                return Optional.empty();
            }
            JsonValue people = json.get("media") instanceof JsonObject m ? m.get("peoplePresent") : null;
            if (!(json.get("media") instanceof JsonObject media) || !(media.get("file") instanceof JsonString file)
                    || people == null || people.getValueType() != JsonValue.ValueType.TRUE
                    && people.getValueType() != JsonValue.ValueType.FALSE) {
                problems.add("media: {\"file\": …, \"peoplePresent\": true|false} (and \"consentReference\" when people"
                        + " appear)");
                return Optional.empty();
            }
            file("media", file.getString(), Long.MAX_VALUE);
            boolean present = people.getValueType() == JsonValue.ValueType.TRUE;
            String consent = media.get("consentReference") instanceof JsonString c && !c.getString().isBlank()
                    ? c.getString().strip() : null;
            if (present && consent == null) {
                problems.add("media: identifiable people appear, so it names the consent reference (PDPA)");
            }
            java.util.Map<String, String> captions = new java.util.TreeMap<>();
            if (media.get("captions") instanceof JsonObject byLanguage) {
                if (type != ContentType.VIDEO) {
                    problems.add("media: only videos carry captions");
                }
                byLanguage.forEach((language, name) -> {
                    if (!language.matches("[a-z]{2,3}") || !(name instanceof JsonString n)) {
                        problems.add("media: captions are {\"th\": \"file.vtt\", …}");
                    } else if (file("media.captions." + language, n.getString(), MAX_CAPTION_BYTES) != null) {
                        captions.put(language, n.getString());
                    }
                });
            } else if (media.containsKey("captions")) {
                problems.add("media: captions are {\"th\": \"file.vtt\", …}");
            }
            return Optional.of(new MediaFiles(file.getString(), present, consent, captions));
        }

        private List<Citation> sources() {
            List<Citation> sources = new ArrayList<>();
            if (!(json.get("sources") instanceof jakarta.json.JsonArray array) || array.isEmpty()) {
                problems.add("sources: at least one public source, with title and url");
                return sources;
            }
            for (JsonValue value : array) {
                if (!(value instanceof JsonObject source) || !(source.get("title") instanceof JsonString)
                        || !(source.get("url") instanceof JsonString)) {
                    problems.add("sources: each has a title and a url");
                    continue;
                }
                try {
                    sources.add(new Citation(source.getString("title"), source.getString("url")));
                } catch (IllegalArgumentException e) {
                    problems.add("sources: " + e.getMessage());
                }
            }
            return sources;
        }

        private Optional<Attestation> attestation() {
            if (!json.containsKey("attestation") || json.isNull("attestation")) {
                return Optional.empty();
            }
            String expected = "attestation: attestedBy, agency, and date (yyyy-mm-dd) or daysAgo of the external sign-off";
            if (!(json.get("attestation") instanceof JsonObject a) || !(a.get("attestedBy") instanceof JsonString by)
                    || !(a.get("agency") instanceof JsonString agency) || by.getString().isBlank()
                    || agency.getString().isBlank() || a.containsKey("date") == a.containsKey("daysAgo")) {
                problems.add(expected);
                return Optional.empty();
            }
            if (a.containsKey("daysAgo")) {
                return Optional.of(new Attestation(by.getString().strip(), agency.getString().strip(), null,
                        days(a, "daysAgo", 0, 3650)));
            }
            try {
                return Optional.of(new Attestation(by.getString().strip(), agency.getString().strip(),
                        LocalDate.parse(a.getString("date", "")), null));
            } catch (java.time.format.DateTimeParseException e) {
                problems.add("attestation: date is yyyy-mm-dd");
                return Optional.empty();
            }
        }

        private String text(String field, boolean required) {
            JsonValue value = json.get(field);
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                return s.getString().strip();
            }
            if (required || value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                problems.add(field + ": " + (value == null ? "missing" : "text expected"));
            }
            return null;
        }

        private <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
            String value = text(field, required);
            if (value == null) {
                return null;
            }
            E parsed = parse(type, value);
            if (parsed == null) {
                problems.add(field + ": '" + value + "' is not one of " + List.of(type.getEnumConstants()));
            }
            return parsed;
        }

        private <T> List<T> strings(String field, Function<String, T> parse, String what) {
            List<T> values = new ArrayList<>();
            if (!(json.get(field) instanceof jakarta.json.JsonArray array)) {
                problems.add(field + ": a list expected");
                return values;
            }
            for (JsonValue value : array) {
                T parsed = value instanceof JsonString s ? parse.apply(s.getString().strip()) : null;
                if (parsed == null) {
                    problems.add(field + ": '" + value + "' is not " + what);
                } else {
                    values.add(parsed);
                }
            }
            return values;
        }

        private int days(JsonObject object, String field, int min, int max) {
            JsonValue value = object.get(field);
            if (value instanceof jakarta.json.JsonNumber n && n.isIntegral() && n.intValue() >= min
                    && n.intValue() <= max) {
                return n.intValue();
            }
            problems.add(field + ": a whole number of days from " + min + " to " + max);
            return 0;
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
