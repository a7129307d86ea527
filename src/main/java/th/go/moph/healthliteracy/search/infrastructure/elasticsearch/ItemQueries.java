package th.go.moph.healthliteracy.search.infrastructure.elasticsearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

import th.go.moph.healthliteracy.search.domain.PageRequest;
import th.go.moph.healthliteracy.search.domain.QueryText;
import th.go.moph.healthliteracy.search.domain.SearchFilters;
import th.go.moph.healthliteracy.search.domain.SearchWords;

/**
 * The portal's queries, built with the client's typed builders only: what a citizen typed is only ever the text of
 * {@code multi_match} and {@code match} queries, never query syntax.
 * <p>
 * Relevance: question words dropped ({@link SearchWords}); title above summary above body; all words matching exactly
 * (with synonyms) above the query as corrected for a misspelling, above most words matching, above English stems with
 * typos forgiven, above character n-grams (a part of a compound, a Thai misspelling). A small
 * boost (at most 15 %) for recently reviewed items. Items past their review date are sorted after every current one,
 * whatever their score.
 */
public final class ItemQueries {

    /** The facets: response name → document field. */
    public static final Map<String, String> FACETS = Map.of("topic", "topics", "audience", "audiences", "type", "type",
            "agency", "agency", "language", "language");

    private static final List<String> WORDS = List.of("title^6", "summary^3", "body");
    private static final List<String> ENGLISH = List.of("title.en^6", "summary.en^3", "body.en");
    /**
     * Character trigrams, each at a position of its own (the {@code ngram} tokenizer, not the {@code ngram} filter
     * after the word tokenizer, which stacks a word's trigrams on one position: the query then asked for any one
     * trigram, "ออก" of ไข้เลือดออก found seven items in ten, and scoring them made the search three times dearer).
     */
    private static final List<String> GRAMS = List.of("title.ngram^6", "summary.ngram^3", "body.ngram");

    private ItemQueries() {
    }

    /** A page of hits with highlights and facet counts. {@code agencyIds} limits the agencies (null: all). */
    public static SearchRequest search(String index, QueryText text, Optional<String> correction,
            SearchFilters filters, PageRequest page, Collection<String> agencyIds, LocalDate today) {
        String words = text.isBlank() ? "" : SearchWords.meaningful(text.value());
        Query matching = text.isBlank() ? Query.of(q -> q.matchAll(m -> m)) : relevance(words, correction, today);
        List<Query> conditions = conditions(filters, agencyIds);
        return SearchRequest.of(s -> {
            s.index(index).from(page.from()).size(page.size()).trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.bool(b -> b.must(matching).filter(conditions)))
                    .sort(o -> o.field(f -> f.field("reviewOverdue").order(SortOrder.Asc)))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("lastReviewed").order(SortOrder.Desc).missing("_last")))
                    .trackScores(true)
                    .source(src -> src.filter(f -> f.excludes("body")));
            if (!text.isBlank()) {
                s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .highlightQuery(highlighted(words, correction))
                        .requireFieldMatch(true)
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("summary", f -> f.numberOfFragments(0))
                        .fields("body", f -> f.fragmentSize(160).numberOfFragments(2)));
            }
            FACETS.forEach((name, field) -> s.aggregations(name,
                    Aggregation.of(a -> a.terms(t -> t.field(field).size(50)))));
            return s;
        });
    }

    /** Titles that begin with, or have words beginning with, what was typed so far. */
    public static SearchRequest suggest(String index, QueryText text, SearchFilters filters, int limit) {
        List<Query> conditions = conditions(filters, null);
        return SearchRequest.of(s -> s.index(index).size(limit)
                .query(q -> q.bool(b -> b
                        .should(sh -> sh.match(m -> m.field("title.prefix").query(text.value()).boost(3.0f)))
                        .should(sh -> sh.match(m -> m.field("title.autocomplete").query(text.value())
                                .operator(Operator.And)))
                        .should(sh -> sh.match(m -> m.field("title").query(text.value()).operator(Operator.And)
                                .boost(0.5f)))
                        .minimumShouldMatch("1")
                        .filter(conditions)))
                .sort(o -> o.field(f -> f.field("reviewOverdue").order(SortOrder.Asc)))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .source(src -> src.filter(f -> f.includes("id", "type", "language", "slug", "title"))));
    }

    /**
     * What the highlights mark: the words and their synonyms (and the corrected spelling). Much cheaper for the
     * highlighter than the whole relevance query, whose n-gram and decay parts would mark nothing readable anyway.
     */
    static Query highlighted(String text, Optional<String> correction) {
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.multiMatch(m -> m.query(text).fields("title", "summary", "body")));
            correction.ifPresent(c -> b.should(s -> s.multiMatch(m -> m.query(c).fields("title", "summary", "body"))));
            return b;
        }));
    }

    static Query relevance(String text, Optional<String> correction, LocalDate today) {
        boolean latin = text.codePoints().anyMatch(c -> c < 0x250 && Character.isLetter(c));
        Query words = Query.of(q -> q.bool(b -> {
            correction.ifPresent(corrected -> b.should(s -> s.multiMatch(m -> m.query(corrected).fields(WORDS)
                    .type(TextQueryType.BestFields).operator(Operator.And).tieBreaker(0.3).boost(1.5f))));
            b.should(s -> s.multiMatch(m -> m.query(text).fields(WORDS).type(TextQueryType.BestFields)
                    .operator(Operator.And).tieBreaker(0.3).boost(2.0f)));
            b.should(s -> s.multiMatch(m -> m.query(text).fields(WORDS).type(TextQueryType.BestFields)
                    .minimumShouldMatch("2<50%").tieBreaker(0.3)));
            if (latin) { // English stems and typos: only worth their cost when there is English to match
                b.should(s -> s.multiMatch(m -> m.query(text).fields(ENGLISH).type(TextQueryType.BestFields)
                        .fuzziness("AUTO").prefixLength(1).maxExpansions(20).minimumShouldMatch("2<70%")
                        .tieBreaker(0.3).boost(0.8f)));
            }
            b.should(s -> s.multiMatch(m -> m.query(text).fields(GRAMS).type(TextQueryType.BestFields)
                    .minimumShouldMatch("80%").tieBreaker(0.3).boost(0.3f)));
            return b.minimumShouldMatch("1");
        }));
        return Query.of(q -> q.functionScore(fs -> fs.query(words)
                .functions(f -> f.weight(1.0))
                .functions(f -> f.weight(0.15).gauss(g -> g.date(d -> d.field("lastReviewed")
                        .placement(p -> p.origin(today.toString()).scale(Time.of(t -> t.time("365d")))
                                .offset(Time.of(t -> t.time("30d"))).decay(0.5)))))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    private static List<Query> conditions(SearchFilters filters, Collection<String> agencyIds) {
        List<Query> conditions = new ArrayList<>();
        terms(conditions, "topics", filters.topics());
        terms(conditions, "audiences", filters.audiences());
        terms(conditions, "type", filters.types());
        terms(conditions, "agency", filters.agencies());
        terms(conditions, "language", filters.languages());
        if (agencyIds != null) {
            conditions.add(Query.of(q -> q.terms(t -> t.field("agencyId").terms(v -> v.value(
                    agencyIds.stream().map(FieldValue::of).toList())))));
        }
        return conditions;
    }

    private static void terms(List<Query> conditions, String field, List<String> values) {
        if (!values.isEmpty()) {
            conditions.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(
                    values.stream().map(FieldValue::of).toList())))));
        }
    }
}
