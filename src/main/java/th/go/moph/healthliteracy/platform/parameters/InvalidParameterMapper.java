package th.go.moph.healthliteracy.platform.parameters;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import th.go.moph.healthliteracy.platform.web.Problem;

/** A bad parameter of any public API: a 400 problem naming the parameter. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Override
    public Response toResponse(InvalidParameterException e) {
        return Problem.of(400, "Invalid parameter", e.getMessage()).with("parameter", e.parameter()).response();
    }
}
