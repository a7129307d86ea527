package th.go.moph.healthliteracy.search.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.search.application.ItemSearch.Suggestion;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;

/**
 * Search for citizens and channels: only the public index, which holds nothing but the live revisions of items
 * published now, and never an editor's name.
 */
@ApplicationScoped
public class PublicSearch {

    public static final int SUGGESTIONS = 8;

    @Inject
    ItemSearch search;

    public SearchResults search(QueryText text, SearchFilters filters, PageRequest page) {
        return search.run(Scope.PUBLIC, text, filters, page, null);
    }

    public List<Suggestion> suggest(QueryText text, SearchFilters filters) {
        return search.suggest(text, filters, SUGGESTIONS);
    }
}
