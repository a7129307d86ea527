package th.go.moph.healthliteracy.publishing.domain;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;

/** A consumer asked for more of the feed than it was registered for: a 403 naming the parameter, not a 400. */
public class ViewNotAllowedException extends InvalidParameterException {

    private static final long serialVersionUID = 1L;

    public ViewNotAllowedException(String parameter, String message) {
        super(parameter, message);
    }
}
