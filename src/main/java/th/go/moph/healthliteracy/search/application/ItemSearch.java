package th.go.moph.healthliteracy.search.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.search.application.SearchResults.FacetValue;
import th.go.moph.healthliteracy.search.domain.Highlights;
import th.go.moph.healthliteracy.search.domain.ItemDocument;
import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.domain.SpellingCorrection;
import th.go.moph.healthliteracy.search.domain.SynonymList;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ClusterCall;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemIndexStore.Scope;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemQueries;
import th.go.moph.healthliteracy.search.infrastructure.elasticsearch.ItemSearchAnswer;

/**
 * Runs searches over either index and turns the answers into {@link SearchResults}. A query of symbols only finds
 * nothing; an empty one lists what the filters select.
 */
@ApplicationScoped
public class ItemSearch {

    /** The part of a document a suggestion reads. */
    public record TitleOnly(String id, String type, String language, String slug, String title) {
    }

    /** A suggestion for the search box. */
    public record Suggestion(String id, String type, String language, String title, String url) {
    }

    @Inject
    ElasticsearchClient client;

    @Inject
    ItemIndexStore index;

    @Inject
    SearchLabels labels;

    @Inject
    SearchErrors errors;

    @Inject
    Clock clock;

    private final SpellingCorrection spelling = SpellingCorrection.of(SynonymList.bundled());

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    String publicBaseUrl;

    /** Titles of public items for the search box. */
    List<Suggestion> suggest(QueryText text, SearchFilters filters, int limit) {
        if (text.isBlank() || text.hasNoWords()) {
            return List.of();
        }
        SearchResponse<TitleOnly> response = counted(() -> client.search(
                ItemQueries.suggest(index.alias(Scope.PUBLIC), text, filters, limit), TitleOnly.class));
        return response.hits().hits().stream().map(Hit::source)
                .map(d -> new Suggestion(d.id(), d.type(), d.language(), d.title(), url(d.language(), d.slug())))
                .toList();
    }

    /** Searches the index of {@code scope}; {@code agencyIds} limits the agencies (null: all). */
    SearchResults run(Scope scope, QueryText text, SearchFilters filters, PageRequest page,
            Collection<String> agencyIds) {
        if (text.hasNoWords()) {
            return SearchResults.empty(text.value(), page.page(), page.size());
        }
        LocalDate today = clock.instant().atZone(ContentItem.PORTAL_ZONE).toLocalDate();
        Optional<String> correction = text.isBlank() ? Optional.empty() : spelling.correct(text.value());
        ItemSearchAnswer answer = counted(() -> ItemSearchAnswer.search(client, ItemQueries.search(index.alias(scope),
                text, correction, filters, page, agencyIds, today)));
        List<SearchResults.Hit> hits = answer.hits().stream().map(hit -> hit(hit, scope == Scope.EDITORIAL)).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        ItemQueries.FACETS.keySet().stream().sorted().forEach(name -> {
            List<ItemSearchAnswer.Bucket> buckets = answer.facets().get(name);
            if (buckets != null) {
                facets.put(name, buckets.stream().map(bucket -> facetValue(name, bucket)).toList());
            }
        });
        return new SearchResults(text.value(), correction.orElse(null), answer.total(), page.page(), page.size(), hits,
                facets);
    }

    private FacetValue facetValue(String facet, ItemSearchAnswer.Bucket bucket) {
        SearchResults.Label label = labels.of(facet, bucket.value());
        return new FacetValue(bucket.value(), label.th(), label.en(), bucket.count());
    }

    private SearchResults.Hit hit(ItemSearchAnswer.Found hit, boolean editorial) {
        ItemDocument d = hit.document();
        return new SearchResults.Hit(d.id(), d.type(), d.language(), d.slug(), url(d.language(), d.slug()), d.title(), d.summary(),
                Highlights.joined(hit.highlight()), d.topics().stream().map(labels::topic).toList(), d.audiences(),
                labels.agency(d.agency()), d.licence(), d.attribution(), d.lastReviewed(), d.nextReviewDue(),
                d.reviewOverdue(), editorial ? d.status() : null, editorial ? d.workflowState() : null);
    }

    private String url(String language, String slug) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
        return base + language + "/" + slug;
    }

    private <T> T counted(ClusterCall<T> search) {
        try {
            return ClusterCall.run(search);
        } catch (SearchUnavailableException e) {
            errors.query();
            throw e;
        }
    }
}
