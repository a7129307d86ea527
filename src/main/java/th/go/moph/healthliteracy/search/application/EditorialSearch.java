package th.go.moph.healthliteracy.search.application;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;

/**
 * Search in the editor: every item in every state — drafts, in review, withdrawn — but only of the agencies whose
 * content the signed-in account may see.
 */
@ApplicationScoped
public class EditorialSearch {

    @Inject
    ItemSearch search;

    @Inject
    CurrentActor currentActor;

    public SearchResults search(QueryText text, SearchFilters filters, PageRequest page) {
        Set<UUID> visible = currentActor.get().visibleAgencies();
        return search.run(Scope.EDITORIAL, text, filters, page,
                visible == null ? null : visible.stream().map(UUID::toString).toList());
    }
}
