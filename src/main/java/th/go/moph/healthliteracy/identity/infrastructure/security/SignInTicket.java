package th.go.moph.healthliteracy.identity.infrastructure.security;

import jakarta.security.enterprise.credential.Credential;

/** The credential of a sign-in whose checks all passed: a one-time ticket from {@code AccountAuthentication}. */
public record SignInTicket(String value) implements Credential {
}
