package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import th.go.moph.healthliteracy.platform.text.Sha256;
import th.go.moph.healthliteracy.search.domain.SynonymList;

/**
 * The settings and mappings of the item indices: {@code search/item-index.json} with the synonym list put into the
 * {@code portal_synonyms} filter, and the definition's hash in the mapping's {@code _meta}. An index whose hash differs
 * from this one was built by another definition (another synonym list, analyzer or field) and is rebuilt.
 */
public final class ItemIndexDefinition {

    private static final String TEMPLATE = "search/item-index.json";

    private final String json;
    private final String hash;

    private ItemIndexDefinition(String json, String hash) {
        this.json = json;
        this.hash = hash;
    }

    public static ItemIndexDefinition bundled() {
        return of(template(), SynonymList.bundled());
    }

    /** The bundled settings and mappings with another synonym list (an older or newer version of it). */
    public static ItemIndexDefinition withSynonyms(SynonymList synonyms) {
        return of(template(), synonyms);
    }

    static ItemIndexDefinition of(JsonObject template, SynonymList synonyms) {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        synonyms.rules().forEach(rules::add);
        JsonObject withSynonyms = Json.createPointer("/settings/analysis/filter/portal_synonyms/synonyms")
                .replace(template, rules.build());
        String hash = Sha256.hex(write(withSynonyms), 8);
        JsonObject complete = Json.createPointer("/mappings/_meta/definition")
                .replace(withSynonyms, Json.createValue(hash));
        return new ItemIndexDefinition(write(complete), hash);
    }

    /** The body of a create-index request. */
    public String json() {
        return json;
    }

    /** A short fingerprint of the definition, kept in the index's {@code _meta.definition}. */
    public String hash() {
        return hash;
    }

    private static JsonObject template() {
        try (InputStream in = ItemIndexDefinition.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the portal");
            }
            try (JsonReader reader = Json.createReader(new StringReader(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8)))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonObject object) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, false))
                .createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }
}
