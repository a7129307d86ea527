package th.go.moph.healthliteracy.publishing.api;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;
import th.go.moph.healthliteracy.platform.text.Jsonp;
import th.go.moph.healthliteracy.platform.web.EntityTags;
import th.go.moph.healthliteracy.platform.web.Problem;
import th.go.moph.healthliteracy.publishing.application.ConsumerKeys;
import th.go.moph.healthliteracy.publishing.application.GovChannelFeed;
import th.go.moph.healthliteracy.publishing.domain.FeedEntry;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;

/**
 * The GovChannel feed: {@code GET /api/v1/feed} pages through every public change after a cursor, items and
 * tombstones; {@code GET /api/v1/items/{id}} gives one item. Both answer {@code If-None-Match} with 304, and only
 * registered consumers, each within the view it was registered for.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    /** Consumers revalidate every time: answers are cheap to confirm (304) and must never be stale. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    @Inject
    GovChannelFeed feed;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Path("feed")
    @ConsumerKeyRequired
    public Response page(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @QueryParam("lang") List<String> lang, @QueryParam("topic") List<String> topic,
            @QueryParam("audience") List<String> audience, @QueryParam("type") List<String> type,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ConsumerKeys.Access access = (ConsumerKeys.Access) servletRequest.getAttribute(ConsumerKeyFilter.ACCESS);
        GovChannelFeed.Request request = GovChannelFeed.Request.of(cursor, limit,
                FeedFilter.of(lang, type, topic, audience).narrowedTo(access.allowedView()));
        String current = feed.currentEtag(request);
        if (current != null && EntityTags.matches(ifNoneMatch, current)) {
            return Response.notModified(new EntityTag(current)).cacheControl(REVALIDATE).build();
        }
        GovChannelFeed.Page page = feed.page(request);
        if (EntityTags.matches(ifNoneMatch, page.etag())) {
            return Response.notModified(new EntityTag(page.etag())).cacheControl(REVALIDATE).build();
        }
        return Response.ok(body(page)).tag(new EntityTag(page.etag())).cacheControl(REVALIDATE).build();
    }

    @GET
    @Path("items/{id}")
    @ConsumerKeyRequired
    public Response item(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        UUID itemId;
        try {
            itemId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("id", "An item id is a UUID");
        }
        FeedEntry entry = feed.item(itemId).orElse(null);
        if (entry == null) {
            return Problem.of(404, "No such item", "No published item has this id").response();
        }
        ConsumerKeys.Access access = (ConsumerKeys.Access) servletRequest.getAttribute(ConsumerKeyFilter.ACCESS);
        if (!entry.wasIn(access.allowedView())) {
            return Problem.of(404, "No such item", "No published item in this consumer's view has this id").response();
        }
        if (entry.kind() == FeedEntry.Kind.TOMBSTONE) {
            return Problem.of(410, "Item removed", "This item is no longer published; remove it")
                    .with("id", id).with("reason", entry.reason().wireName()).response();
        }
        if (EntityTags.matches(ifNoneMatch, entry.etag())) {
            return Response.notModified(new EntityTag(entry.etag())).cacheControl(REVALIDATE).build();
        }
        return Response.ok(entry.document()).tag(new EntityTag(entry.etag())).cacheControl(REVALIDATE).build();
    }

    /** The page as JSON: the stored item documents as they are, tombstones, and where to go on. */
    static String body(GovChannelFeed.Page page) {
        StringBuilder items = new StringBuilder();
        StringBuilder tombstones = new StringBuilder();
        for (FeedEntry entry : page.entries()) {
            if (entry.showsAsItemIn(page.view())) {
                items.append(items.isEmpty() ? "" : ",").append(entry.document());
            } else {
                tombstones.append(tombstones.isEmpty() ? "" : ",").append(Jsonp.objectBuilder()
                        .add("id", entry.itemId().toString()).add("reason", entry.reasonIn(page.view()).wireName())
                        .add("removedAt", entry.changedAt().toString()).build());
            }
        }
        return "{\"items\":[" + items + "],\"tombstones\":[" + tombstones + "],\"nextCursor\":\""
                + page.next().token() + "\",\"hasMore\":" + page.hasMore() + "}";
    }
}
