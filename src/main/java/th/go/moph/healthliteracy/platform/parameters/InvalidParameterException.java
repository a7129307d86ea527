package th.go.moph.healthliteracy.platform.parameters;

/** A request parameter that cannot be used as given: which one, and why (shown to the caller as a 400). */
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
