package th.go.moph.healthliteracy.search.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import th.go.moph.healthliteracy.platform.ratelimit.PublicRateLimited;
import th.go.moph.healthliteracy.search.application.ItemSearch.Suggestion;
import th.go.moph.healthliteracy.search.application.PublicSearch;
import th.go.moph.healthliteracy.search.application.SearchResults;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;

/**
 * The public search API: {@code GET /api/v1/search} and {@code GET /api/v1/suggest}. Published items only; a bad
 * parameter is a 400 problem naming it, an unreachable cluster a 503.
 */
@Path("v1")
@ApplicationScoped // holds nothing of a request: one instance, not one built and injected per search
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final CacheControl ONE_MINUTE = CacheControl.valueOf("public, max-age=60");

    @Inject
    PublicSearch search;

    @GET
    @Path("search")
    @PublicRateLimited
    public Response search(@QueryParam("q") String q, @QueryParam("topic") List<String> topic,
            @QueryParam("audience") List<String> audience, @QueryParam("type") List<String> type,
            @QueryParam("agency") List<String> agency, @QueryParam("lang") List<String> lang,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        SearchResults results = search.search(QueryText.of(q, "q"),
                SearchFilters.of(topic, audience, type, agency, lang), PageRequest.of(page, size));
        return Response.ok(results).cacheControl(ONE_MINUTE).build();
    }

    @GET
    @Path("suggest")
    @PublicRateLimited
    public Response suggest(@QueryParam("q") String q, @QueryParam("lang") List<String> lang) {
        List<Suggestion> suggestions = search.suggest(QueryText.of(q, "q"),
                SearchFilters.of(List.of(), List.of(), List.of(), List.of(), lang));
        return Response.ok(new Suggestions(suggestions)).cacheControl(ONE_MINUTE).build();
    }

    /** The suggest answer. */
    public record Suggestions(List<Suggestion> suggestions) {
    }
}
