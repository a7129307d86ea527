package th.go.moph.healthliteracy.search.application;

/** Elasticsearch could not be reached or refused a request; callers wait and retry, or answer 503. */
public class SearchUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
