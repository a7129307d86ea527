package th.go.moph.healthliteracy.localstack.searchnode.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** The {@code ngram} and {@code edge_ngram} token filters, with {@code preserve_original}. */
abstract class NGramFilterFactory extends AbstractTokenFilterFactory {

    final int minGram;
    final int maxGram;
    final boolean preserveOriginal;

    private NGramFilterFactory(String name, Settings settings) {
        super(name, settings);
        this.minGram = settings.getAsInt("min_gram", 1);
        this.maxGram = settings.getAsInt("max_gram", 2);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
    }

    static NGramFilterFactory plain(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        NGramLimits.check(indexSettings, settings, 1, 2);
        return new NGramFilterFactory(name, settings) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return new NGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
            }
        };
    }

    static NGramFilterFactory edge(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        return new NGramFilterFactory(name, settings) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
            }
        };
    }

    /** As on a production cluster: grams would make nonsense of synonym rules. */
    @Override
    public TokenFilterFactory getSynonymFilter() {
        throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
    }
}
