package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.endpoints.BinaryEndpoint;
import co.elastic.clients.transport.endpoints.BinaryResponse;

import th.go.moph.healthliteracy.search.domain.ItemDocument;

/**
 * What a search of an item index answers that the portal uses: the total, each hit's document and highlights, and
 * the facets' buckets, read from the answer's bytes in one pass with Jackson's streaming parser. The client's typed
 * {@code SearchResponse} is not built: it reads every part of the answer through JSON-P into builders and maps, a
 * sixth of the portal's processor time per public search. The request is still the client's typed
 * {@link SearchRequest}, sent with the client's transport (its errors and failover are unchanged); parts of the answer
 * the portal does not use are skipped.
 */
public record ItemSearchAnswer(long total, List<Found> hits, Map<String, List<Bucket>> facets) {

    /** One hit: the document (without its body) and the highlighted fragments per field. */
    public record Found(ItemDocument document, Map<String, List<String>> highlight) {
    }

    /** A facet's value and how many hits have it. */
    public record Bucket(String value, long count) {
    }

    private static final BinaryEndpoint<SearchRequest> SEARCH = SearchRequest._ENDPOINT.withBinaryResponse();

    /** Sends {@code request} and reads its answer. */
    public static ItemSearchAnswer search(ElasticsearchClient client, SearchRequest request) throws IOException {
        JsonMapper mapper = ((Jackson3JsonpMapper) client._jsonpMapper()).objectMapper();
        try (BinaryResponse answer = client._transport().performRequest(request, SEARCH, client._transportOptions());
                InputStream body = answer.content()) {
            return read(mapper, body);
        }
    }

    /** Reads a search answer; documents are read with {@code mapper}, as the client would. */
    static ItemSearchAnswer read(JsonMapper mapper, InputStream body) {
        ObjectReader documents = mapper.readerFor(ItemDocument.class);
        try (JsonParser json = mapper.createParser(body)) {
            start(json, JsonToken.START_OBJECT);
            long total = -1;
            List<Found> hits = List.of();
            Map<String, List<Bucket>> facets = Map.of();
            for (String name = json.nextName(); name != null; name = json.nextName()) {
                json.nextToken();
                if ("hits".equals(name)) {
                    for (String part = json.nextName(); part != null; part = json.nextName()) {
                        json.nextToken();
                        switch (part) {
                            case "total" -> total = total(json);
                            case "hits" -> hits = hits(json, documents);
                            default -> json.skipChildren();
                        }
                    }
                } else if ("aggregations".equals(name)) {
                    facets = facets(json);
                } else {
                    json.skipChildren();
                }
            }
            return new ItemSearchAnswer(total < 0 ? hits.size() : total, hits, facets);
        }
    }

    /** {@code {"value": n, "relation": …}}, or a bare number where the cluster is asked for one. */
    private static long total(JsonParser json) {
        if (json.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return json.getLongValue();
        }
        long total = 0;
        for (String name = json.nextName(); name != null; name = json.nextName()) {
            json.nextToken();
            if ("value".equals(name)) {
                total = json.getLongValue();
            } else {
                json.skipChildren();
            }
        }
        return total;
    }

    private static List<Found> hits(JsonParser json, ObjectReader documents) {
        List<Found> hits = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            ItemDocument document = null;
            Map<String, List<String>> highlight = Map.of();
            for (String name = json.nextName(); name != null; name = json.nextName()) {
                json.nextToken();
                switch (name) {
                    case "_source" -> document = documents.readValue(json);
                    case "highlight" -> highlight = highlight(json);
                    default -> json.skipChildren();
                }
            }
            if (document == null) {
                throw new StreamReadException(json, "a search hit without its document");
            }
            hits.add(new Found(document, highlight));
        }
        return hits;
    }

    private static Map<String, List<String>> highlight(JsonParser json) {
        Map<String, List<String>> highlight = new LinkedHashMap<>();
        for (String field = json.nextName(); field != null; field = json.nextName()) {
            start(json, JsonToken.START_ARRAY);
            List<String> fragments = new ArrayList<>(2);
            for (String fragment = json.nextStringValue(); fragment != null; fragment = json.nextStringValue()) {
                fragments.add(fragment);
            }
            highlight.put(field, fragments);
        }
        return highlight;
    }

    /**
     * Each aggregation's buckets by its name; the name is without the type the client asks to be told
     * ({@code sterms#topic} is {@code topic}).
     */
    private static Map<String, List<Bucket>> facets(JsonParser json) {
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        for (String name = json.nextName(); name != null; name = json.nextName()) {
            start(json, JsonToken.START_OBJECT);
            List<Bucket> buckets = List.of();
            for (String part = json.nextName(); part != null; part = json.nextName()) {
                json.nextToken();
                if ("buckets".equals(part) && json.currentToken() == JsonToken.START_ARRAY) {
                    buckets = buckets(json);
                } else {
                    json.skipChildren();
                }
            }
            facets.put(name.substring(name.indexOf('#') + 1), buckets);
        }
        return facets;
    }

    private static List<Bucket> buckets(JsonParser json) {
        List<Bucket> buckets = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            String value = null;
            long count = 0;
            for (String name = json.nextName(); name != null; name = json.nextName()) {
                json.nextToken();
                switch (name) {
                    case "key" -> value = json.getValueAsString();
                    case "doc_count" -> count = json.getLongValue();
                    default -> json.skipChildren();
                }
            }
            buckets.add(new Bucket(value, count));
        }
        return buckets;
    }

    private static void start(JsonParser json, JsonToken expected) {
        if (json.nextToken() != expected) {
            throw new StreamReadException(json, "a search answer with " + json.currentToken() + " where "
                    + expected + " belongs");
        }
    }
}
