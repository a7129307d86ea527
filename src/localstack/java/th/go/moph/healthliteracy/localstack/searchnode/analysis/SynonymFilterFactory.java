package th.go.moph.healthliteracy.localstack.searchnode.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * The {@code synonym_graph} and {@code synonym} token filters with inline {@code synonyms} or a {@code synonyms_path}
 * file, Solr or WordNet format, {@code expand} and {@code lenient}. As on a production cluster, the rules are analysed
 * by the tokenizer and filters that precede the synonym filter in its analyzer. Synonym sets and {@code updateable}
 * filters (search-analyzer reload) are refused: the portal swaps in a rebuilt index instead.
 */
final class SynonymFilterFactory extends AbstractTokenFilterFactory {

    private final Environment environment;
    private final Settings settings;
    private final boolean graph;

    private SynonymFilterFactory(String name, Environment environment, Settings settings, boolean graph) {
        super(name, settings);
        this.environment = environment;
        this.settings = settings;
        this.graph = graph;
        if (settings.getAsBoolean("updateable", false) || settings.get("synonyms_set") != null) {
            throw new IllegalArgumentException("[" + name + "]: synonym sets and updateable synonyms are not available "
                    + "on the local search node, and the portal must not need them");
        }
    }

    static SynonymFilterFactory graph(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        return new SynonymFilterFactory(name, env, settings, true);
    }

    static SynonymFilterFactory flat(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        return new SynonymFilterFactory(name, env, settings, false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("Call getChainAwareTokenFilterFactory to specialize this factory for an analysis chain first");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters, List<TokenFilterFactory> previousFilters,
            Function<String, TokenFilterFactory> allFilters) {
        Analyzer rulesAnalyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(CharFilterFactory[]::new),
                previousFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new));
        SynonymMap synonyms = buildSynonyms(rulesAnalyzer);
        String name = name();
        boolean graphFilter = graph;
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                if (synonyms.fst == null) {
                    return tokenStream;
                }
                return graphFilter ? new SynonymGraphFilter(tokenStream, synonyms, false)
                        : new SynonymFilter(tokenStream, synonyms, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                return IDENTITY_FILTER; // a later synonym filter parses its rules without ours
            }
        };
    }

    private SynonymMap buildSynonyms(Analyzer analyzer) {
        List<String> rules = Analysis.getWordList(environment, settings, "synonyms");
        if (rules == null) {
            throw new IllegalArgumentException("synonym requires either `synonyms`, `synonyms_set` or `synonyms_path` to be configured");
        }
        boolean expand = settings.getAsBoolean("expand", true);
        boolean lenient = settings.getAsBoolean("lenient", false);
        String format = settings.get("format", "solr").toLowerCase(Locale.ROOT);
        SynonymMap.Parser parser = switch (format) {
            case "solr" -> new SolrSynonymParser(true, expand, analyzer);
            case "wordnet" -> new WordnetSynonymParser(true, expand, analyzer);
            default -> throw new IllegalArgumentException("Unknown synonym format [" + format + "]");
        };
        try {
            if (lenient) {
                for (String rule : rules) {
                    parseLeniently(parser, rule);
                }
            } else {
                parser.parse(new StringReader(String.join("\n", rules)));
            }
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException("failed to build synonyms: " + e.getMessage(), e);
        }
    }

    /** With {@code lenient}, a rule that cannot be parsed is skipped instead of failing the index. */
    private static void parseLeniently(SynonymMap.Parser parser, String rule) throws IOException {
        try {
            parser.parse(new StringReader(rule));
        } catch (ParseException | IllegalArgumentException skipped) {
            // skipped, as a production cluster does with lenient: true
        }
    }
}
