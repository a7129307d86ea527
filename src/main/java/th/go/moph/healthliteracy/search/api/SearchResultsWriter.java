package th.go.moph.healthliteracy.search.api;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

import th.go.moph.healthliteracy.search.application.SearchResults;
import th.go.moph.healthliteracy.search.application.SearchResults.Hit;
import th.go.moph.healthliteracy.search.application.SearchResults.Label;

/**
 * Writes search results straight to the response as they are read, with Jackson's streaming generator (the one the
 * Elasticsearch client reads the answers with). The search API is the portal's busiest answer: JSON-B's reflective
 * writer, which also hashes every nested record to guard against cycles, cost as much CPU as the rest of the request
 * under load, and JSON-P's generator encodes Thai text to UTF-8 a character at a time. Absent values are left out, as
 * JSON-B would.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchResultsWriter implements MessageBodyWriter<SearchResults> {

    /** Without closing open arrays and objects at close: an answer that fails halfway must not look complete. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SearchResults.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SearchResults results, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            string(json, "query", results.query());
            string(json, "didYouMean", results.didYouMean());
            json.writeNumberProperty("total", results.total()).writeNumberProperty("page", results.page())
                    .writeNumberProperty("size", results.size());
            json.writeArrayPropertyStart("hits");
            results.hits().forEach(hit -> hit(json, hit));
            json.writeEndArray();
            json.writeObjectPropertyStart("facets");
            results.facets().forEach((facet, values) -> {
                json.writeArrayPropertyStart(facet);
                values.forEach(v -> json.writeStartObject().writeStringProperty("value", v.value())
                        .writeStringProperty("th", v.th()).writeStringProperty("en", v.en())
                        .writeNumberProperty("count", v.count()).writeEndObject());
                json.writeEndArray();
            });
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void hit(JsonGenerator json, Hit hit) {
        json.writeStartObject();
        string(json, "id", hit.id());
        string(json, "type", hit.type());
        string(json, "language", hit.language());
        string(json, "slug", hit.slug());
        string(json, "url", hit.url());
        string(json, "title", hit.title());
        string(json, "summary", hit.summary());
        json.writeObjectPropertyStart("highlights");
        Map<String, List<String>> highlights = hit.highlights() == null ? Map.of() : hit.highlights();
        highlights.forEach((field, fragments) -> strings(json, field, fragments));
        json.writeEndObject();
        json.writeArrayPropertyStart("topics");
        hit.topics().forEach(topic -> label(json, null, topic));
        json.writeEndArray();
        strings(json, "audiences", hit.audiences());
        if (hit.agency() != null) {
            label(json, "agency", hit.agency());
        }
        string(json, "licence", hit.licence());
        string(json, "attribution", hit.attribution());
        string(json, "lastReviewed", hit.lastReviewed());
        string(json, "nextReviewDue", hit.nextReviewDue());
        json.writeBooleanProperty("reviewOverdue", hit.reviewOverdue());
        string(json, "status", hit.status());
        string(json, "workflowState", hit.workflowState());
        json.writeEndObject();
    }

    private static void label(JsonGenerator json, String name, Label label) {
        (name == null ? json.writeStartObject() : json.writeObjectPropertyStart(name))
                .writeStringProperty("code", label.code()).writeStringProperty("th", label.th())
                .writeStringProperty("en", label.en()).writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        if (values != null) {
            values.forEach(json::writeString);
        }
        json.writeEndArray();
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }
}
