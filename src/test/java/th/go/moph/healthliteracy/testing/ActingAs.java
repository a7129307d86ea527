package th.go.moph.healthliteracy.testing;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Actor;

/**
 * For in-container tests of the application services: stands in for who is signed in, so a test can act as each
 * account in turn within one request. Everything else — the services, the rules, the database — is the real portal.
 * Until a test calls {@link #become}, it is the real {@link CurrentActor} (the shared test deployment also serves the
 * browser tests, who sign in through the real page).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class ActingAs extends CurrentActor {

    private Actor actor;

    public void become(Actor who) {
        this.actor = who;
    }

    @Override
    protected Actor signedIn() {
        return actor != null ? actor : super.signedIn();
    }

    @Override
    protected Optional<UUID> signedInId() {
        return actor != null ? Optional.of(actor.accountId()) : super.signedInId();
    }
}
