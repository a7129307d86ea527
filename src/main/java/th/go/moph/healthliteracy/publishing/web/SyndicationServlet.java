package th.go.moph.healthliteracy.publishing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;
import th.go.moph.healthliteracy.platform.ratelimit.PublicRateLimits;
import th.go.moph.healthliteracy.platform.ratelimit.TokenBuckets;
import th.go.moph.healthliteracy.platform.web.EntityTags;
import th.go.moph.healthliteracy.platform.web.Problem;
import th.go.moph.healthliteracy.publishing.application.PublicDocuments;
import th.go.moph.healthliteracy.publishing.application.Syndication;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;

/**
 * {@code /feed.atom} and {@code /feed.json}: public, cacheable for five minutes, revalidated with ETags, limited per
 * calling address. Parameters: {@code lang}, {@code type}, {@code topic}, {@code audience}.
 */
@WebServlet({"/feed.atom", "/feed.json"})
public class SyndicationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Syndication syndication;

    @Inject
    PublicDocuments documents;

    @Inject
    PublicRateLimits limits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TokenBuckets.Decision decision = limits.take(request);
        if (!decision.allowed()) {
            PublicRateLimits.refuse(response, decision);
            return;
        }
        FeedFilter view;
        try {
            view = FeedFilter.of(values(request, "lang"), values(request, "type"), values(request, "topic"),
                    values(request, "audience"));
        } catch (InvalidParameterException e) {
            Problem.of(400, "Invalid parameter", e.getMessage()).with("parameter", e.parameter()).write(response);
            return;
        }
        boolean atom = request.getServletPath().endsWith(".atom");
        String query = view.toQuery();
        String self = documents.home() + (atom ? "feed.atom" : "feed.json")
                + (query.isEmpty() ? "" : "?" + query);
        Syndication.Rendered rendered = atom ? syndication.atom(view, self) : syndication.jsonFeed(view, self);
        response.setHeader("ETag", "\"" + rendered.etag() + "\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        if (EntityTags.matches(request.getHeader("If-None-Match"), rendered.etag())) {
            response.setStatus(304);
            return;
        }
        response.setContentType(atom ? "application/atom+xml" : "application/feed+json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = rendered.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }
}
