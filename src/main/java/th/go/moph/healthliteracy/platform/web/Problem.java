package th.go.moph.healthliteracy.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.ws.rs.core.Response;

import th.go.moph.healthliteracy.platform.text.Jsonp;

/** An RFC 9457 problem body ({@code application/problem+json}). */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final Map<String, Object> body = new LinkedHashMap<>();

    private Problem(int status, String title, String detail) {
        this.status = status;
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail);
    }

    /** An extension member, e.g. which parameter was wrong. */
    public Problem with(String member, Object value) {
        body.put(member, value);
        return this;
    }

    /** Writes the problem as a servlet's answer (for servlets and filters outside JAX-RS). */
    public void write(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        jakarta.json.JsonObjectBuilder json = Jsonp.objectBuilder();
        body.forEach((name, value) -> json.add(name, String.valueOf(value)));
        json.add("status", status);
        response.getWriter().write(json.build().toString());
    }

    public Response response() {
        return response(UnaryOperator.identity());
    }

    public Response response(UnaryOperator<Response.ResponseBuilder> more) {
        return more.apply(Response.status(status).type(MEDIA_TYPE).entity(body)).build();
    }
}
