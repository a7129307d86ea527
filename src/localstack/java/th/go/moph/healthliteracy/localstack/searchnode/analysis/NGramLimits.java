package th.go.moph.healthliteracy.localstack.searchnode.analysis;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;

/** The same guard a production cluster applies to {@code ngram}: the spread of gram sizes is bounded per index. */
final class NGramLimits {

    private NGramLimits() {
    }

    static void check(IndexSettings indexSettings, Settings settings, int defaultMin, int defaultMax) {
        int minGram = settings.getAsInt("min_gram", defaultMin);
        int maxGram = settings.getAsInt("max_gram", defaultMax);
        int allowed = indexSettings.getMaxNgramDiff();
        if (maxGram - minGram > allowed) {
            throw new IllegalArgumentException("The difference between max_gram and min_gram in NGram Tokenizer must be "
                    + "less than or equal to: [" + allowed + "] but was [" + (maxGram - minGram) + "]. This limit can be "
                    + "set by changing the [" + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting.");
        }
    }
}
