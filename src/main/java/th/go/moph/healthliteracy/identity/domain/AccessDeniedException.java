package th.go.moph.healthliteracy.identity.domain;

import th.go.moph.healthliteracy.audit.application.Refusal;
import th.go.moph.healthliteracy.platform.AccessRefused;

/** The signed-in account may not do this; the refusal is audited. */
public class AccessDeniedException extends RuntimeException implements Refusal, AccessRefused {

    private static final long serialVersionUID = 1L;
    private final Permission permission;

    public AccessDeniedException(Permission permission, String message) {
        super(message);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
