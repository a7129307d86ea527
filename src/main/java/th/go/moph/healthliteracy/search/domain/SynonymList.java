package th.go.moph.healthliteracy.search.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The curated synonym list ({@code search/synonyms.txt}): groups of equivalent terms — Thai lay and medical words,
 * Thai and English — one group per line in Solr's format, {@code #} comments. Parsed strictly here, so a malformed
 * line fails the build's unit tests instead of being skipped silently by Elasticsearch's {@code lenient} parser.
 */
public final class SynonymList {

    public static final String RESOURCE = "search/synonyms.txt";

    private final List<List<String>> groups;

    private SynonymList(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The list shipped with the portal. */
    public static SynonymList bundled() {
        try (InputStream in = SynonymList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the portal");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the list; refuses a line that is not a group of two or more distinct terms. */
    public static SynonymList parse(String text) {
        List<List<String>> groups = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = Normalizer.normalize(lines[i].strip(), Normalizer.Form.NFC);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains("=>")) {
                throw new IllegalArgumentException("line " + (i + 1) + ": the portal's list has groups of equivalents "
                        + "only, not one-way rules (=>)");
            }
            List<String> terms = Arrays.stream(line.split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
            if (terms.size() < 2 || terms.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a group needs two or more terms separated "
                        + "by commas: " + line);
            }
            if (terms.stream().distinct().count() != terms.size()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a term repeats within its group: " + line);
            }
            for (String term : terms) {
                Integer earlier = firstLine.putIfAbsent(term, i + 1);
                if (earlier != null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": '" + term + "' is already in the group"
                            + " on line " + earlier + "; a term belongs to one group");
                }
            }
            groups.add(terms);
        }
        return new SynonymList(groups);
    }

    public List<List<String>> groups() {
        return groups;
    }

    /** The rules as Elasticsearch's {@code synonyms} setting takes them, one group a rule. */
    public List<String> rules() {
        return groups.stream().map(g -> String.join(", ", g)).toList();
    }
}
