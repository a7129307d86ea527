package th.go.moph.healthliteracy.identity.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import th.go.moph.healthliteracy.identity.application.AccountAuthentication;
import th.go.moph.healthliteracy.identity.application.SignInOutcome;

/**
 * Jakarta Security's view of the editor accounts: it accepts the one-time ticket of a sign-in whose checks
 * (password, second factor, throttle) all passed — never a bare password. The caller principal is the account's opaque id, so nothing
 * downstream (audit trail, revisions) needs a name.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountAuthentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SignInTicket ticket)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT; // a password alone never signs anyone in
        }
        SignInOutcome outcome = authentication.redeem(ticket.value());
        if (!outcome.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.accountId().toString(), outcome.securityRoles());
    }
}
