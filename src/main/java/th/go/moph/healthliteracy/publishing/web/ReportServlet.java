package th.go.moph.healthliteracy.publishing.web;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;
import th.go.moph.healthliteracy.platform.ratelimit.PublicRateLimits;
import th.go.moph.healthliteracy.platform.ratelimit.TokenBuckets;
import th.go.moph.healthliteracy.publishing.application.CitizenSite;
import th.go.moph.healthliteracy.publishing.application.ProblemReports;
import th.go.moph.healthliteracy.publishing.application.PublicDocuments;
import th.go.moph.healthliteracy.publishing.application.SiteItem;

/**
 * {@code POST /report}: the "report a problem" form of an item page. Accepted only from the portal's own pages (the
 * browser's {@code Origin}, else {@code Referer}, must be the site: no other site can post reports in a visitor's
 * name), within the per-address limit; then back to the page, which thanks the reader.
 */
@WebServlet("/report")
public class ReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ProblemReports reports;

    @Inject
    CitizenSite site;

    @Inject
    PublicDocuments documents;

    @Inject
    PublicRateLimits limits;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromOurPages(request)) {
            response.sendError(403, "Reports are sent from the portal's pages");
            return;
        }
        TokenBuckets.Decision decision = limits.takeWrite(request);
        if (!decision.allowed()) {
            PublicRateLimits.refuse(response, decision);
            return;
        }
        UUID itemId;
        try {
            itemId = UUID.fromString(String.valueOf(request.getParameter("item")));
        } catch (IllegalArgumentException e) {
            response.sendError(400, "Which page: the item is missing");
            return;
        }
        Optional<SiteItem> item = site.published(itemId);
        if (item.isEmpty()) {
            response.sendError(404, "No published page has this item");
            return;
        }
        try {
            reports.report(itemId, request.getParameter("kind"), request.getParameter("message"), item.get().getUrl());
        } catch (InvalidParameterException e) {
            response.sendError(400, e.getMessage());
            return;
        }
        response.setStatus(303);
        response.setHeader("Location", item.get().getUrl() + "?reported=1#report");
    }

    private boolean fromOurPages(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null && !origin.equals("null") ? origin : request.getHeader("Referer");
        if (source == null) {
            return false;
        }
        try {
            URI ours = URI.create(documents.home());
            URI theirs = URI.create(source);
            return ours.getScheme().equalsIgnoreCase(String.valueOf(theirs.getScheme()))
                    && ours.getHost().equalsIgnoreCase(String.valueOf(theirs.getHost()))
                    && ours.getPort() == theirs.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
