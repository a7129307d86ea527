package th.go.moph.healthliteracy.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import th.go.moph.healthliteracy.content.application.ArticleHtml;
import th.go.moph.healthliteracy.content.domain.Audience;

/**
 * A large synthetic corpus for benchmarks: published Thai articles, each recombined mostly from the sentences of one
 * sample article (so that a topic's words cluster as in real content) with two from elsewhere, with its topics, owned by the sample agencies, written straight into the database as the services
 * would leave a published item (the outbox trigger queues each one for the index like any other change).
 */
final class SyntheticCorpus {

    /** The sentences of each sample article, and its title and topics, in the same order. */
    private final List<List<String>> sentences = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<List<String>> articleTopics = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<JsonObject> topicLabels = new ArrayList<>();
    private final List<JsonObject> agencies = new ArrayList<>();
    private final Random random = new Random(20261128);

    SyntheticCorpus(Path samples) throws IOException {
        try (Stream<Path> folders = Files.list(samples.resolve("items"))) {
            for (Path folder : folders.sorted().toList()) {
                JsonObject item = read(folder.resolve("item.json"));
                if (!"th".equals(item.getString("language"))) {
                    continue;
                }
                titles.add(item.getString("title"));
                articleTopics.add(item.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
                List<String> own = new ArrayList<>();
                for (String sentence : ArticleHtml.text(Files.readString(folder.resolve(item.getString("body"))))
                        .split(" ")) {
                    if (sentence.codePointCount(0, sentence.length()) >= 12) {
                        own.add(sentence);
                    }
                }
                sentences.add(own);
            }
        }
        Json.createReader(new StringReader(Files.readString(samples.resolve("topics.json")))).readArray()
                .forEach(t -> {
                    topics.add(t.asJsonObject().getString("code"));
                    topicLabels.add(t.asJsonObject());
                });
        Json.createReader(new StringReader(Files.readString(samples.resolve("agencies.json")))).readArray()
                .forEach(a -> agencies.add(a.asJsonObject()));
    }

    private static JsonObject read(Path file) throws IOException {
        return Json.createReader(new StringReader(Files.readString(file))).readObject();
    }

    /** Adds the sample agencies and topics when missing; returns the agency ids. */
    List<UUID> prepare(Connection db) throws SQLException {
        try (PreparedStatement topic = db.prepareStatement("insert into topic (code, label_th, label_en) values (?, ?, ?)"
                + " on conflict (code) do nothing")) {
            for (JsonObject label : topicLabels) {
                topic.setString(1, label.getString("code"));
                topic.setString(2, label.getString("th"));
                topic.setString(3, label.getString("en"));
                topic.addBatch();
            }
            topic.executeBatch();
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonObject agency : agencies) {
            try (PreparedStatement insert = db.prepareStatement("insert into agency (id, code, name_th, name_en, created_at)"
                    + " values (?, ?, ?, ?, now()) on conflict (code) do nothing");
                 PreparedStatement find = db.prepareStatement("select id from agency where code = ?")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, agency.getString("code"));
                insert.setString(3, agency.getString("nameTh"));
                insert.setString(4, agency.getString("nameEn"));
                insert.executeUpdate();
                find.setString(1, agency.getString("code"));
                try (var rows = find.executeQuery()) {
                    rows.next();
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** Writes {@code count} published articles, {@code batch} to a transaction. */
    void publish(Connection db, List<UUID> agencyIds, int count, String marker) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement item = db.prepareStatement("insert into content_item (id, type, agency_id, language,"
                + " translation_group, slug, status, status_changed_at, live_revision, last_reviewed, next_review_due,"
                + " first_published_at, live_since, created_at, created_by, updated_at, version)"
                + " values (?, 'ARTICLE', ?, 'th', ?, ?, 'PUBLISHED', now(), 1, ?, ?, now(), now(), now(), ?, now(), 1)");
             PreparedStatement revision = db.prepareStatement("insert into revision (id, item_id, number, state,"
                     + " author_id, created_at, change_note, content_hash, title, summary, body, licence, attribution,"
                     + " alt_text, captions_waiver, correction_note, signed_off_by, signed_off_role, signed_off_at,"
                     + " sign_off_note, signed_hash, sign_off_kind) values (?, ?, 1, 'PUBLISHED', ?, now(), 'generated',"
                     + " ?, ?, ?, ?, 'CC_BY_4_0', 'ตัวอย่างสังเคราะห์', '', '', '', ?, 'reviewer', now(), 'generated', ?,"
                     + " 'PORTAL_REVIEW')");
             PreparedStatement topic = db.prepareStatement("insert into revision_topic (revision_id, topic_code)"
                     + " values (?, ?)");
             PreparedStatement audience = db.prepareStatement("insert into revision_audience (revision_id, audience)"
                     + " values (?, ?)")) {
            UUID author = UUID.randomUUID();
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                UUID revisionId = UUID.randomUUID();
                String hash = sha(id.toString());
                LocalDate reviewed = LocalDate.now().minusDays(random.nextInt(700));
                item.setObject(1, id);
                item.setObject(2, agencyIds.get(random.nextInt(agencyIds.size())));
                item.setObject(3, id);
                item.setString(4, "generated-" + id.toString().substring(0, 13));
                item.setDate(5, Date.valueOf(reviewed));
                item.setDate(6, Date.valueOf(reviewed.plusYears(2)));
                item.setObject(7, author);
                item.addBatch();
                revision.setObject(1, revisionId);
                revision.setObject(2, id);
                revision.setObject(3, author);
                revision.setString(4, hash);
                int base = random.nextInt(titles.size());
                revision.setString(5, title(base, marker));
                revision.setString(6, paragraph(base, 2));
                revision.setString(7, "<p>" + paragraph(base, 7) + "</p><p>" + paragraph(base, 7) + " "
                        + paragraph(random.nextInt(titles.size()), 2) + "</p>");
                revision.setObject(8, author);
                revision.setString(9, hash);
                revision.addBatch();
                topic.setObject(1, revisionId);
                topic.setString(2, articleTopics.get(base).get(0));
                topic.addBatch();
                audience.setObject(1, revisionId);
                audience.setString(2, Audience.values()[random.nextInt(Audience.values().length)].name());
                audience.addBatch();
                if ((i + 1) % 500 == 0 || i == count - 1) {
                    item.executeBatch();
                    revision.executeBatch();
                    topic.executeBatch();
                    audience.executeBatch();
                    db.commit();
                }
            }
        } finally {
            db.setAutoCommit(true);
        }
    }

    /**
     * Writes {@code count} articles as an import bundle in the manifest format ({@code content-samples/README.md}):
     * {@code items/<key>/item.json} and {@code body.html}, with the samples' agencies and topics, each attested (as
     * synthetic content) so that an import publishes it. Returns the bundle's folder.
     */
    Path writeBundle(Path folder, int count, String marker) throws IOException {
        Path items = Files.createDirectories(folder.resolve("items"));
        Files.writeString(folder.resolve("agencies.json"), jakarta.json.Json.createArrayBuilder(
                agencies.stream().map(a -> (jakarta.json.JsonValue) a).toList()).build().toString());
        Files.writeString(folder.resolve("topics.json"), jakarta.json.Json.createArrayBuilder(
                topicLabels.stream().map(t -> (jakarta.json.JsonValue) t).toList()).build().toString());
        for (int i = 0; i < count; i++) {
            int base = random.nextInt(titles.size());
            String key = "synthetic-" + marker + "-" + i;
            Path item = Files.createDirectories(items.resolve(key));
            Files.writeString(item.resolve("body.html"), "<p>" + paragraph(base, 7) + "</p><p>" + paragraph(base, 7)
                    + " " + paragraph(random.nextInt(titles.size()), 2) + "</p>");
            JsonObject manifest = Json.createObjectBuilder().add("key", key).add("sample", true)
                    .add("type", "ARTICLE").add("language", "th").add("slug", key).addNull("translationOf")
                    .add("agency", agencies.get(random.nextInt(agencies.size())).getString("code"))
                    .add("licence", "CC_BY_4_0").add("attribution", "ตัวอย่างสังเคราะห์สำหรับการทดสอบสมรรถนะ")
                    .add("title", title(base, marker)).add("summary", paragraph(base, 2)).add("body", "body.html")
                    .add("topics", Json.createArrayBuilder(articleTopics.get(base).subList(0, 1)))
                    .add("audiences", Json.createArrayBuilder()
                            .add(Audience.values()[random.nextInt(Audience.values().length)].name()))
                    .add("sources", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("title", "ตัวอย่างสังเคราะห์ (ไม่ใช่แหล่งข้อมูลจริง)").add("url", "https://example.org/")))
                    .add("attestation", Json.createObjectBuilder().add("attestedBy", "synthetic benchmark corpus")
                            .add("agency", "Health Literacy Portal project (benchmark)")
                            .add("daysAgo", random.nextInt(300)))
                    .add("review", Json.createObjectBuilder().add("nextReviewDueInDays", 400 + random.nextInt(300)))
                    .add("publication", "published").build();
            Files.writeString(item.resolve("item.json"), manifest.toString());
        }
        return folder;
    }

    /** {@code SyntheticCorpus <count> <folder>}: writes an import bundle of that many generated articles. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticCorpus <count> <folder>");
            System.exit(1);
        }
        Path samples = Path.of(System.getProperty("portal.pom", "pom.xml")).toAbsolutePath().getParent()
                .resolve("content-samples");
        Path folder = new SyntheticCorpus(samples).writeBundle(Path.of(args[1]), Integer.parseInt(args[0]),
                Long.toString(System.currentTimeMillis() % 100000, 36));
        System.out.println("wrote " + args[0] + " articles to " + folder.resolve("items"));
    }

    private String title(int base, String marker) {
        String title = titles.get(base);
        return (title.length() > 60 ? title.substring(0, 60) : title) + " " + marker + " " + (1 + random.nextInt(9999));
    }

    private String paragraph(int base, int sentencesInIt) {
        List<String> own = sentences.get(base);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentencesInIt; i++) {
            text.append(own.get(random.nextInt(own.size()))).append(' ');
        }
        return text.toString().strip();
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
