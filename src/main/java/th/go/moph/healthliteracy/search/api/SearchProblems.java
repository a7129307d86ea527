package th.go.moph.healthliteracy.search.api;

import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import th.go.moph.healthliteracy.platform.web.Problem;
import th.go.moph.healthliteracy.search.application.SearchUnavailableException;

/** An unreachable search cluster as an RFC 9457 problem (503); bad parameters: {@code InvalidParameterMapper}. */
public final class SearchProblems {

    private static final Logger LOG = Logger.getLogger(SearchProblems.class.getName());

    private SearchProblems() {
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<SearchUnavailableException> {
        @Override
        public Response toResponse(SearchUnavailableException e) {
            LOG.log(java.util.logging.Level.WARNING, e.getMessage(), e.getCause());
            return Problem.of(503, "Search is unavailable", "Search is unavailable for a moment; try again shortly")
                    .response(r -> r.header("Retry-After", "10"));
        }
    }
}
