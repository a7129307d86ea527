package th.go.moph.healthliteracy.identity.application;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;

/** Checks editors' credentials, keeps their password hashes current, and audits every attempt. */
@ApplicationScoped
public class AccountAuthentication {

    private static final Logger LOG = Logger.getLogger(AccountAuthentication.class.getName());
    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public SignInOutcome signIn(String username, char[] password) {
        Optional<UserAccount> found = normalized(username).flatMap(accounts::findByUsername);
        if (found.isEmpty()) {
            hashing.spendTimeOfOneCheck(password);
            audit.recordRefusal(null, "SIGN_IN", Subject.NONE, "unknown username");
            return SignInOutcome.refused();
        }
        UserAccount account = found.get();
        if (!hashing.matches(password, account.passwordHash())) {
            audit.recordRefusal(account.id(), "SIGN_IN", Subject.NONE, "wrong password");
            return SignInOutcome.refused();
        }
        if (!account.canSignIn()) {
            audit.recordRefusal(account.id(), "SIGN_IN", Subject.NONE, "account deactivated");
            return SignInOutcome.refused();
        }
        if (!hashing.isCurrent(account.passwordHash())) {
            account.rehashPassword(hashing.hash(password));
        }
        account.recordSignIn(clock.instant());
        audit.recordFor(account.id(), "SIGN_IN", Subject.NONE, null);
        LOG.info(() -> "Account " + account.id() + " signed in");
        Set<String> roles = account.roles().stream().map(Role::securityRole).collect(Collectors.toSet());
        return new SignInOutcome(true, account.id(), roles);
    }

    @Transactional
    public void signedOut(java.util.UUID accountId) {
        audit.recordFor(accountId, "SIGN_OUT", Subject.NONE, null);
    }

    private static Optional<String> normalized(String username) {
        try {
            return Optional.of(UserAccount.normalizeUsername(username));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
