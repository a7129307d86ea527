package th.go.moph.healthliteracy.search.domain;

/** A search request that cannot be answered as asked: which parameter, and why (shown to the caller as a 400). */
public class InvalidSearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
