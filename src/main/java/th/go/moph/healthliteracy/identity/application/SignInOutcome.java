package th.go.moph.healthliteracy.identity.application;

import java.util.Set;
import java.util.UUID;

/** The result of checking a username and password: the account's opaque id and security roles, or nothing. */
public record SignInOutcome(boolean accepted, UUID accountId, Set<String> securityRoles) {

    static SignInOutcome refused() {
        return new SignInOutcome(false, null, Set.of());
    }
}
