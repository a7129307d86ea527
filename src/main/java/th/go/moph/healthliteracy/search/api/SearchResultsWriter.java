package th.go.moph.healthliteracy.search.api;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import th.go.moph.healthliteracy.search.application.SearchResults;
import th.go.moph.healthliteracy.search.application.SearchResults.Hit;
import th.go.moph.healthliteracy.search.application.SearchResults.Label;

/**
 * Writes search results straight to the response as they are read, with JSON-P's streaming generator. The search API
 * is the portal's busiest answer; JSON-B's reflective writer, which also hashes every nested record to guard against
 * cycles, cost as much CPU as the rest of the request under load. Absent values are left out, as JSON-B would.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchResultsWriter implements MessageBodyWriter<SearchResults> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SearchResults.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SearchResults results, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject();
            string(json, "query", results.query());
            string(json, "didYouMean", results.didYouMean());
            json.write("total", results.total()).write("page", results.page()).write("size", results.size());
            json.writeStartArray("hits");
            results.hits().forEach(hit -> hit(json, hit));
            json.writeEnd();
            json.writeStartObject("facets");
            results.facets().forEach((facet, values) -> {
                json.writeStartArray(facet);
                values.forEach(v -> json.writeStartObject().write("value", v.value()).write("th", v.th())
                        .write("en", v.en()).write("count", v.count()).writeEnd());
                json.writeEnd();
            });
            json.writeEnd();
            json.writeEnd();
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
        json.writeStartObject("highlights");
        Map<String, List<String>> highlights = hit.highlights() == null ? Map.of() : hit.highlights();
        highlights.forEach((field, fragments) -> strings(json, field, fragments));
        json.writeEnd();
        json.writeStartArray("topics");
        hit.topics().forEach(topic -> label(json, null, topic));
        json.writeEnd();
        strings(json, "audiences", hit.audiences());
        if (hit.agency() != null) {
            label(json, "agency", hit.agency());
        }
        string(json, "licence", hit.licence());
        string(json, "attribution", hit.attribution());
        string(json, "lastReviewed", hit.lastReviewed());
        string(json, "nextReviewDue", hit.nextReviewDue());
        json.write("reviewOverdue", hit.reviewOverdue());
        string(json, "status", hit.status());
        string(json, "workflowState", hit.workflowState());
        json.writeEnd();
    }

    private static void label(JsonGenerator json, String name, Label label) {
        (name == null ? json.writeStartObject() : json.writeStartObject(name))
                .write("code", label.code()).write("th", label.th()).write("en", label.en()).writeEnd();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeStartArray(name);
        if (values != null) {
            values.forEach(json::write);
        }
        json.writeEnd();
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }
}
