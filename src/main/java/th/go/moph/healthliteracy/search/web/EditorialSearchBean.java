package th.go.moph.healthliteracy.search.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.platform.web.EditorMessages;
import th.go.moph.healthliteracy.search.application.EditorialSearch;
import th.go.moph.healthliteracy.search.application.SearchResults;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;

/**
 * The editor's search page ({@code /editor/search.xhtml?q=&status=&page=}): every item of the agencies the account may
 * see, in every state, found the way citizens find published ones.
 */
@Named
@RequestScoped
public class EditorialSearchBean {

    private static final int PAGE_SIZE = 20;

    @Inject
    EditorialSearch search;

    @Inject
    EditorMessages messages;

    private String q;
    private String topic;
    private String type;
    private int page = 1;
    private SearchResults results;

    /** Runs the search the URL asks for (a view action: the page is bookmarkable and the back button works). */
    public void load() {
        if (q == null && topic == null && type == null) {
            return;
        }
        try {
            results = search.search(QueryText.of(q, "q"), SearchFilters.of(list(topic), null, list(type), null, null),
                    new PageRequest(Math.max(1, page), PAGE_SIZE));
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    public boolean hasNext() {
        return results != null && (long) page * PAGE_SIZE < results.total();
    }

    public SearchResults getResults() {
        return results;
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
