package th.go.moph.healthliteracy.localstack.searchnode.analysis;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/** Registers the analysis-common components the portal relies on, under their analysis-common names. */
public class PortalAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
                "thai", (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, ThaiTokenizer::new),
                "ngram", NGramTokenizerFactory::plain,
                "edge_ngram", NGramTokenizerFactory::edge,
                "keyword", (indexSettings, env, name, settings) -> TokenizerFactory.newFactory(name, KeywordTokenizer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "synonym", AnalysisPlugin.requiresAnalysisSettings(SynonymFilterFactory::flat),
                "synonym_graph", AnalysisPlugin.requiresAnalysisSettings(SynonymFilterFactory::graph),
                "ngram", NGramFilterFactory::plain,
                "edge_ngram", NGramFilterFactory::edge,
                "asciifolding", (indexSettings, env, name, settings) -> new AsciiFoldingFilterFactory(name, settings),
                "stemmer", (indexSettings, env, name, settings) -> new EnglishStemmerFactory(name, settings),
                "porter_stem", (indexSettings, env, name, settings) -> SimpleFilterFactory.of(name, PorterStemFilter::new),
                "decimal_digit", (indexSettings, env, name, settings) -> SimpleFilterFactory.of(name, DecimalDigitFilter::new));
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("thai", ThaiAnalyzerProvider::new);
    }
}
