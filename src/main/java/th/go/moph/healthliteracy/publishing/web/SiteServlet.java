package th.go.moph.healthliteracy.publishing.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;
import th.go.moph.healthliteracy.platform.ratelimit.PublicRateLimits;
import th.go.moph.healthliteracy.platform.ratelimit.TokenBuckets;
import th.go.moph.healthliteracy.publishing.application.CitizenSite;
import th.go.moph.healthliteracy.publishing.application.PublicDocuments;
import th.go.moph.healthliteracy.publishing.application.SiteItem;
import th.go.moph.healthliteracy.publishing.domain.TombstoneReason;
import th.go.moph.healthliteracy.search.application.PublicSearch;
import th.go.moph.healthliteracy.search.application.SearchUnavailableException;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;

/**
 * The citizen site's addresses, Thai first: {@code /th/} and {@code /en/} (home), {@code /<lang>/topics/<code>},
 * {@code /<lang>/for/<audience>}, {@code /<lang>/search}, {@code /<lang>/<slug>} (an item). Each request is answered
 * from the public documents, its page model put in {@code #{page}}, and rendered by a stateless Faces view in the
 * request's theme. {@code /} goes to the Thai home page.
 */
@WebServlet({"", "/th/*", "/en/*"})
public class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 24;

    @Inject
    CitizenSite site;

    @Inject
    PublicDocuments documents;

    @Inject
    PublicSearch search;

    @Inject
    PublicRateLimits limits;

    @Inject
    Themes themes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String servletPath = request.getServletPath();
        if (servletPath.isEmpty() || servletPath.equals("/")) {
            response.sendRedirect(documents.home() + "th/");
            return;
        }
        String language = servletPath.substring(1);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.replaceAll("^/+", "").split("/", -1);
        SiteView page;
        if (path.isEmpty()) {
            response.sendRedirect(documents.home() + language + "/");
            return;
        } else if (path.equals("/")) {
            page = home(language);
        } else if (parts.length == 1 && parts[0].equals("search")) {
            TokenBuckets.Decision decision = limits.take(request);
            if (!decision.allowed()) {
                PublicRateLimits.refuse(response, decision);
                return;
            }
            page = search(language, request, response);
        } else if (parts.length == 2 && parts[0].equals("topics")) {
            page = topic(language, parts[1], response);
        } else if (parts.length == 2 && parts[0].equals("for")) {
            page = audience(language, parts[1], response);
        } else if (parts.length == 1 && parts[0].equals("privacy")) {
            page = new SiteView(language, "privacy").title(text(language, "privacy.title"))
                    .canonical(documents.home() + language + "/privacy");
            bothLanguages(page, "privacy");
        } else if (parts.length == 1 && parts[0].matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            page = item(language, parts[0], request, response);
        } else {
            page = notFound(language, response);
        }
        page.theme(themes.of(request), request.getContextPath() + "/theme-assets/" + themes.of(request) + "/");
        page.samples(site.showingSamples());
        request.setAttribute("page", page);
        request.getRequestDispatcher("/site/" + page.getView() + ".xhtml").forward(request, response);
    }

    private SiteView home(String language) {
        List<SiteItem> recent = site.latest(language, 30);
        SiteView page = new SiteView(language, "home").title(text(language, "portal.name"))
                .description(text(language, "portal.tagline")).canonical(documents.home() + language + "/")
                .featured(site.featured(recent, 3)).items(recent.stream().limit(12).toList())
                .topics(topics(language)).audiences(audiences(language));
        bothLanguages(page, "");
        return page;
    }

    private SiteView topic(String language, String code, HttpServletResponse response) {
        return site.topic(code).map(topic -> {
            SiteView page = new SiteView(language, "list").title(label(topic, language))
                    .canonical(documents.home() + language + "/topics/" + code)
                    .items(site.ofTopic(language, code, LISTED));
            bothLanguages(page, "topics/" + code);
            return page;
        }).orElseGet(() -> notFound(language, response));
    }

    private SiteView audience(String language, String slug, HttpServletResponse response) {
        Audience audience;
        try {
            audience = Audience.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return notFound(language, response);
        }
        SiteView page = new SiteView(language, "list")
                .title(text(language, "site.for") + " " + text(language, "audience." + audience.name()))
                .canonical(documents.home() + language + "/for/" + slug)
                .items(site.forAudience(language, audience.name(), LISTED));
        bothLanguages(page, "for/" + slug);
        return page;
    }

    private SiteView search(String language, HttpServletRequest request, HttpServletResponse response) {
        String q = request.getParameter("q");
        SiteView page = new SiteView(language, "search").title(text(language, "site.search"))
                .canonical(documents.home() + language + "/search").query(q);
        bothLanguages(page, "search");
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : List.of("topic", "audience", "type")) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value);
            }
        }
        page.filters(filters);
        if (q == null && filters.isEmpty()) {
            return page;
        }
        try {
            page.results(search.search(QueryText.of(q, "q"),
                    SearchFilters.of(list(filters.get("topic")), list(filters.get("audience")),
                            list(filters.get("type")), null, List.of(language)),
                    PageRequest.of(request.getParameter("page"), null)));
        } catch (InvalidParameterException e) {
            response.setStatus(400);
            page.gone(e.getMessage());
        } catch (SearchUnavailableException e) {
            response.setStatus(503);
            response.setHeader("Retry-After", "30");
            page.gone(text(language, "site.searchUnavailable"));
        }
        return page;
    }

    private SiteView item(String language, String slug, HttpServletRequest request, HttpServletResponse response) {
        CitizenSite.Page found = site.page(language, slug);
        if (found instanceof CitizenSite.Live live) {
            SiteItem item = live.item();
            SiteView page = new SiteView(language, "item").title(item.getTitle()).description(item.getSummary())
                    .canonical(item.getUrl()).item(item).image(item.getImage())
                    .jsonLd(StructuredData.of(item, documents.home()))
                    .reported("1".equals(request.getParameter("reported")));
            page.alternate(language, item.getUrl());
            item.getTranslations().forEach(t -> page.alternate(t.language(), t.url()));
            return page;
        }
        if (found instanceof CitizenSite.Gone gone) {
            boolean updating = gone.reason() == TombstoneReason.UNDER_REVIEW;
            response.setStatus(updating ? 404 : 410);
            return new SiteView(language, "gone").title(text(language, updating ? "site.updating" : "site.withdrawn"))
                    .gone(gone.reason().wireName());
        }
        return notFound(language, response);
    }

    private SiteView notFound(String language, HttpServletResponse response) {
        response.setStatus(404);
        return new SiteView(language, "gone").title(text(language, "site.notFound")).gone("not-found");
    }

    private List<SiteView.Listed> topics(String language) {
        Map<String, Long> counts = site.topicCounts(language);
        return site.topics().stream().filter(t -> counts.containsKey(t.code()))
                .map(t -> new SiteView.Listed(t.code(), label(t, language),
                        documents.home() + language + "/topics/" + t.code(), counts.get(t.code())))
                .toList();
    }

    private List<SiteView.Listed> audiences(String language) {
        Map<String, Long> counts = site.audienceCounts(language);
        return java.util.Arrays.stream(Audience.values()).filter(a -> counts.containsKey(a.name()))
                .map(a -> new SiteView.Listed(a.name(), text(language, "audience." + a.name()),
                        documents.home() + language + "/for/" + a.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        counts.get(a.name())))
                .toList();
    }

    private void bothLanguages(SiteView page, String path) {
        page.alternate("th", documents.home() + "th/" + path).alternate("en", documents.home() + "en/" + path);
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String label(Topic topic, String language) {
        return language.equals("th") ? topic.labelTh() : topic.labelEn();
    }

    static String text(String language, String key) {
        return ResourceBundle.getBundle("th.go.moph.healthliteracy.platform.web.text", Locale.forLanguageTag(language))
                .getString(key);
    }
}
