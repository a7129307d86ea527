package th.go.moph.healthliteracy.localstack.searchnode.analysis;

import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/** The {@code ngram} and {@code edge_ngram} tokenizers with {@code min_gram}, {@code max_gram} and {@code token_chars}. */
abstract class NGramTokenizerFactory extends AbstractTokenizerFactory {

    final int minGram;
    final int maxGram;
    final IntPredicate tokenChars;

    private NGramTokenizerFactory(IndexSettings indexSettings, Settings settings, String name) {
        super(indexSettings, settings, name);
        this.minGram = settings.getAsInt("min_gram", 1);
        this.maxGram = settings.getAsInt("max_gram", 2);
        this.tokenChars = TokenCharacters.from(settings);
    }

    static NGramTokenizerFactory plain(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        NGramLimits.check(indexSettings, settings, 1, 2);
        return new NGramTokenizerFactory(indexSettings, settings, name) {
            @Override
            public Tokenizer create() {
                if (tokenChars == null) {
                    return new NGramTokenizer(minGram, maxGram);
                }
                return new NGramTokenizer(minGram, maxGram) {
                    @Override
                    protected boolean isTokenChar(int chr) {
                        return tokenChars.test(chr);
                    }
                };
            }
        };
    }

    static NGramTokenizerFactory edge(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        return new NGramTokenizerFactory(indexSettings, settings, name) {
            @Override
            public Tokenizer create() {
                if (tokenChars == null) {
                    return new EdgeNGramTokenizer(minGram, maxGram);
                }
                return new EdgeNGramTokenizer(minGram, maxGram) {
                    @Override
                    protected boolean isTokenChar(int chr) {
                        return tokenChars.test(chr);
                    }
                };
            }
        };
    }
}
