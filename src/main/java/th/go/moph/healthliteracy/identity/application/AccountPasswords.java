package th.go.moph.healthliteracy.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;
import th.go.moph.healthliteracy.platform.persistence.NativeValues;

/** Editors change their own password: the current one first, then a new one the {@link PasswordPolicy} accepts. */
@ApplicationScoped
@Transactional
@AuditedRefusals(subject = "user_account")
public class AccountPasswords {

    private static final Logger LOG = Logger.getLogger(AccountPasswords.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    PasswordPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    AccountAuthentication authentication;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Changes the signed-in account's password and ends its other sessions; refused, with every reason, when the new
     * one does not qualify. Returns the moment the other sessions ended: this session stays valid from just after it.
     */
    public Instant change(char[] current, char[] chosen) {
        UUID id = currentActor.get().accountId();
        UserAccount account = accounts.findById(id).orElseThrow();
        if (!authentication.confirmPassword(id, current)) {
            throw new IllegalArgumentException("The current password is not correct");
        }
        List<String> problems = policy.problems(chosen == null ? null : new String(chosen), account.username(),
                account.displayName());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The new password needs to be " + String.join("; ", problems));
        }
        if (hashing.matches(chosen, account.passwordHash())) {
            throw new IllegalArgumentException("The new password must differ from the current one");
        }
        account.changePassword(hashing.hash(chosen));
        Instant changedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // every other session of the account ends at its next request; the caller keeps this one
        em.createNativeQuery("update user_account set sessions_revoked_at = ?2 where id = ?1").setParameter(1, id)
                .setParameter(2, NativeValues.timestamp(changedAt)).executeUpdate();
        audit.record("PASSWORD_CHANGED", Subject.of("user_account", id), "other sessions ended");
        LOG.info(() -> "Account " + id + " changed its password");
        return changedAt;
    }
}
