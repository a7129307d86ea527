package th.go.moph.healthliteracy.identity.application;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.ActingAccount;
import th.go.moph.healthliteracy.identity.domain.AccessDeniedException;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;

/**
 * The signed-in account as an {@link Actor}, looked up once per request — or, for the length of
 * {@link #actingAs}, the narrower actor a task runs as (an import acts with its importer's id but only the rights of
 * an import).
 */
@RequestScoped
public class CurrentActor implements ActingAccount {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository accounts;

    private Actor actor;

    private Actor standIn;

    /** Runs {@code work} as {@code who}: what it does is checked against, and recorded under, that actor. */
    public <T> T actingAs(Actor who, java.util.function.Supplier<T> work) {
        Actor previous = standIn;
        standIn = java.util.Objects.requireNonNull(who);
        try {
            return work.get();
        } finally {
            standIn = previous;
        }
    }

    @Transactional
    public Actor get() {
        return standIn != null ? standIn : signedIn();
    }

    /** The account signed in to this request. */
    protected Actor signedIn() {
        if (actor == null) {
            UUID id = callerId();
            UserAccount account = accounts.findById(id).filter(UserAccount::canSignIn)
                    .orElseThrow(() -> new AccessDeniedException(Permission.VIEW_CONTENT, "This account is not active"));
            actor = Actor.of(account);
        }
        return actor;
    }

    @Override
    public Optional<UUID> accountId() {
        return standIn != null ? Optional.of(standIn.accountId()) : signedInId();
    }

    protected Optional<UUID> signedInId() {
        try {
            return Optional.of(callerId());
        } catch (AccessDeniedException nobody) {
            return Optional.empty();
        }
    }

    @Override
    public boolean mayReadAuditTrail() {
        return accountId().isPresent() && get().may(Permission.READ_AUDIT, null);
    }

    private UUID callerId() {
        if (securityContext.getCallerPrincipal() == null) {
            throw new AccessDeniedException(Permission.VIEW_CONTENT, "Sign in first");
        }
        try {
            return UUID.fromString(securityContext.getCallerPrincipal().getName());
        } catch (IllegalArgumentException notAnAccount) {
            throw new AccessDeniedException(Permission.VIEW_CONTENT, "Sign in with a portal account");
        }
    }
}
