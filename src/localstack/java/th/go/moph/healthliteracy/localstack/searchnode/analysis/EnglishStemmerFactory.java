package th.go.moph.healthliteracy.localstack.searchnode.analysis;

import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** The {@code stemmer} token filter for the English languages the portal uses. */
final class EnglishStemmerFactory extends AbstractTokenFilterFactory {

    private static final Set<String> SUPPORTED = Set.of("english", "porter", "light_english", "kstem",
            "minimal_english", "possessive_english");

    private final String language;

    EnglishStemmerFactory(String name, Settings settings) {
        super(name, settings);
        this.language = settings.get("language", settings.get("name", "porter")).toLowerCase(Locale.ROOT);
        if (!SUPPORTED.contains(language)) { // refused when the index is created, not at first use
            throw new IllegalArgumentException("The local search node supports the English stemmers only "
                    + SUPPORTED + ", not [" + language + "]");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return switch (language) {
            case "english", "porter" -> new PorterStemFilter(tokenStream);
            case "light_english", "kstem" -> new KStemFilter(tokenStream);
            case "minimal_english" -> new EnglishMinimalStemFilter(tokenStream);
            case "possessive_english" -> new EnglishPossessiveFilter(tokenStream);
            default -> throw new IllegalStateException("unsupported stemmer " + language);
        };
    }
}
