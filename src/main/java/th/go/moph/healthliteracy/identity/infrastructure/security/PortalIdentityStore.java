package th.go.moph.healthliteracy.identity.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import th.go.moph.healthliteracy.identity.application.AccountAuthentication;
import th.go.moph.healthliteracy.identity.application.SignInOutcome;

/**
 * Jakarta Security's view of the editor accounts. The caller principal is the account's opaque id, so nothing
 * downstream (audit trail, revisions) needs a name.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountAuthentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInOutcome outcome = authentication.signIn(login.getCaller(), login.getPassword().getValue());
        if (!outcome.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.accountId().toString(), outcome.securityRoles());
    }
}
