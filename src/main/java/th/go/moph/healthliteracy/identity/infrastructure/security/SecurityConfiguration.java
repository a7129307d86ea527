package th.go.moph.healthliteracy.identity.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Editors sign in through the portal's own Faces page; the session then carries the authentication. */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"author", "reviewer", "publisher", "agency-admin", "system-admin"})
@ApplicationScoped
public class SecurityConfiguration {
}
