package th.go.moph.healthliteracy.localstack.searchnode.analysis;

import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** A token filter without settings. */
final class SimpleFilterFactory implements TokenFilterFactory {

    private final String name;
    private final UnaryOperator<TokenStream> filter;

    private SimpleFilterFactory(String name, UnaryOperator<TokenStream> filter) {
        this.name = name;
        this.filter = filter;
    }

    static TokenFilterFactory of(String name, UnaryOperator<TokenStream> filter) {
        return new SimpleFilterFactory(name, filter);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return filter.apply(tokenStream);
    }
}
