package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import th.go.moph.healthliteracy.search.application.SearchUnavailableException;

/** A call to Elasticsearch whose failures all become one exception the callers handle: {@link SearchUnavailableException}. */
@FunctionalInterface
public interface ClusterCall<T> {

    T run() throws IOException;

    static <T> T run(ClusterCall<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused the request: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch could not be reached: " + e.getMessage(), e);
        }
    }
}
