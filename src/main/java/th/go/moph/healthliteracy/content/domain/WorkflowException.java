package th.go.moph.healthliteracy.content.domain;

import th.go.moph.healthliteracy.audit.application.Refusal;

/**
 * A workflow rule refused an action. {@link #code()} names the rule (for translated messages); the message says it
 * in English.
 */
public class WorkflowException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;
    private final String code;

    public WorkflowException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
