package th.go.moph.healthliteracy.publishing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.go.moph.healthliteracy.publishing.application.SiteItem;
import th.go.moph.healthliteracy.search.application.SearchResults;

/**
 * What one public page shows, prepared by {@link SiteServlet} and read by its view ({@code #{page}}): the page's
 * language, title and canonical address for the head, and the content of its kind.
 */
public final class SiteView {

    /** A link to the same page in another language. */
    public record Alternate(String language, String url) {
    }

    /** A topic or audience with how many items it has. */
    public record Listed(String code, String label, String url, long count) {
    }

    private final String language;
    private final String view;
    private String title;
    private String description = "";
    private String canonical;
    private final List<Alternate> alternates = new ArrayList<>();
    private String image;
    private String jsonLd;
    private String theme;
    private String themeAssets;
    private SiteItem item;
    private List<SiteItem> items = List.of();
    private List<SiteItem> featured = List.of();
    private List<Listed> topics = List.of();
    private List<Listed> audiences = List.of();
    private SearchResults results;
    private String query = "";
    private Map<String, String> filters = Map.of();
    private String goneReason;
    private boolean reported;

    private boolean samples;

    public SiteView(String language, String view) {
        this.language = language;
        this.view = view;
    }

    public boolean isSamples() { return samples; }
    /** Whether sample content is public: the footer says so while it is. */
    public SiteView samples(boolean value) { this.samples = value; return this; }
    public String getLanguage() { return language; }
    public boolean isThai() { return language.equals("th"); }
    public String getOtherLanguage() { return isThai() ? "en" : "th"; }
    public String getView() { return view; }
    public String getTitle() { return title; }
    public SiteView title(String value) { this.title = value; return this; }
    public String getDescription() { return description; }
    public SiteView description(String value) { this.description = value == null ? "" : value; return this; }
    public String getCanonical() { return canonical; }
    public SiteView canonical(String value) { this.canonical = value; return this; }
    public List<Alternate> getAlternates() { return alternates; }
    public SiteView alternate(String lang, String url) { alternates.add(new Alternate(lang, url)); return this; }
    /** The same page in the other language, if there is one. */
    public String getOtherLanguageUrl() {
        return alternates.stream().filter(a -> !a.language().equals(language)).map(Alternate::url).findFirst()
                .orElse(null);
    }
    public String getImage() { return image; }
    public SiteView image(String value) { this.image = value; return this; }
    public String getJsonLd() { return jsonLd; }
    public SiteView jsonLd(String value) { this.jsonLd = value; return this; }
    public String getTheme() { return theme; }
    public String getThemeAssets() { return themeAssets; }
    public SiteView theme(String name, String assets) { this.theme = name; this.themeAssets = assets; return this; }
    public SiteItem getItem() { return item; }
    public SiteView item(SiteItem value) { this.item = value; return this; }
    public List<SiteItem> getItems() { return items; }
    public SiteView items(List<SiteItem> value) { this.items = value; return this; }
    public List<SiteItem> getFeatured() { return featured; }
    public SiteView featured(List<SiteItem> value) { this.featured = value; return this; }
    public List<Listed> getTopics() { return topics; }
    public SiteView topics(List<Listed> value) { this.topics = value; return this; }
    public List<Listed> getAudiences() { return audiences; }
    public SiteView audiences(List<Listed> value) { this.audiences = value; return this; }
    public SearchResults getResults() { return results; }
    public SiteView results(SearchResults value) { this.results = value; return this; }
    public String getQuery() { return query; }
    public String getQueryEncoded() {
        return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
    public SiteView query(String value) { this.query = value == null ? "" : value; return this; }
    public Map<String, String> getFilters() { return filters; }
    public SiteView filters(Map<String, String> value) { this.filters = value; return this; }
    public String getGoneReason() { return goneReason; }
    public SiteView gone(String reason) { this.goneReason = reason; return this; }
    public boolean isReported() { return reported; }
    public SiteView reported(boolean value) { this.reported = value; return this; }
}
