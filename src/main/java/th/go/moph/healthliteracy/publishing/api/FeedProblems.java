package th.go.moph.healthliteracy.publishing.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import th.go.moph.healthliteracy.platform.web.Problem;
import th.go.moph.healthliteracy.publishing.domain.ViewNotAllowedException;

/** A consumer asking for more than its registered view: 403, naming the parameter. */
@Provider
public class FeedProblems implements ExceptionMapper<ViewNotAllowedException> {

    @Override
    public Response toResponse(ViewNotAllowedException e) {
        return Problem.of(403, "Outside this consumer's view", e.getMessage()).with("parameter", e.parameter())
                .response();
    }
}
