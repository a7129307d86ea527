package th.go.moph.healthliteracy.publishing.domain;

/** A consumer asked for more of the feed than it was registered for (a 403 naming the parameter). */
public class ViewNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String parameter;

    public ViewNotAllowedException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
