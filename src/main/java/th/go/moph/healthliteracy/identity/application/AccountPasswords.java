package th.go.moph.healthliteracy.identity.application;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;

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

    /** Changes the signed-in account's password; refused, with every reason, when the new one does not qualify. */
    public void change(char[] current, char[] chosen) {
        UUID id = currentActor.get().accountId();
        UserAccount account = accounts.findById(id).orElseThrow();
        if (current == null || !hashing.matches(current, account.passwordHash())) {
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
        audit.record("PASSWORD_CHANGED", Subject.of("user_account", id), null);
        LOG.info(() -> "Account " + id + " changed its password");
    }
}
