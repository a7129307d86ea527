package th.go.moph.healthliteracy.search.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Did you mean": a query, or a space-separated part of it, that is one or two letters away from a term the portal
 * knows — a word of the synonym list, where the health vocabulary lives — is read as that term as well. Thai tone marks
 * and look-alike letters (ไ/ใ, ด/ก, ศ/ส) and English misspellings ("diabetis") are the usual slips. Elasticsearch's
 * fuzzy matching cannot do this for Thai: the misspelt word is segmented differently, and a misspelt English word
 * never reaches the synonym that would lead it to the Thai article.
 */
public final class SpellingCorrection {

    private final List<Term> lexicon;
    private final Set<String> known;

    /** A known term, with its letters ready for comparison. */
    private record Term(String text, int[] letters) {
    }

    public SpellingCorrection(Set<String> terms) {
        this.lexicon = terms.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> t.codePointCount(0, t.length()) >= 4).distinct().sorted()
                .map(t -> new Term(t, t.codePoints().toArray())).toList();
        this.known = lexicon.stream().map(Term::text).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static SpellingCorrection of(SynonymList synonyms) {
        Set<String> terms = new TreeSet<>();
        synonyms.groups().forEach(terms::addAll);
        return new SpellingCorrection(terms);
    }

    /** The query with its misspelt parts corrected, if any part was misspelt. */
    public Optional<String> correct(String query) {
        String[] parts = query.toLowerCase(Locale.ROOT).split(" ");
        boolean changed = false;
        for (int i = 0; i < parts.length; i++) {
            Optional<String> better = closest(parts[i]);
            if (better.isPresent()) {
                parts[i] = better.get();
                changed = true;
            }
        }
        return changed ? Optional.of(String.join(" ", parts)) : Optional.empty();
    }

    /** The known term nearest to {@code word}, when it is not known itself and one is near enough. */
    Optional<String> closest(String word) {
        int[] letters = word.codePoints().toArray();
        if (letters.length < 5 || known.contains(word)) {
            return Optional.empty();
        }
        int allowed = letters.length >= 8 ? 2 : 1;
        return lexicon.stream()
                .filter(term -> Math.abs(term.letters().length - letters.length) <= allowed)
                .map(term -> new Candidate(term.text(), distance(letters, term.letters(), allowed)))
                .filter(c -> c.distance() > 0 && c.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::term))
                .map(Candidate::term);
    }

    private record Candidate(String term, int distance) {
    }

    /**
     * Optimal string alignment distance (insertions, deletions, substitutions, transpositions of neighbours), giving up
     * early once it must exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        return distance(a.codePoints().toArray(), b.codePoints().toArray(), limit);
    }

    private static int distance(int[] x, int[] y, int limit) {
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[x.length][y.length];
    }
}
