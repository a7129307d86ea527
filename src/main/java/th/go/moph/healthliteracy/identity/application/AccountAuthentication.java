package th.go.moph.healthliteracy.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.RequestOrigin;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.SignInThrottle;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;
import th.go.moph.healthliteracy.identity.infrastructure.jpa.SignInFailures;

/**
 * Checks editors' credentials, keeps their password hashes current, and audits every attempt. Repeated failures slow
 * down and then lock the username, and too many from one address block the address ({@link SignInThrottle}), counted
 * in the database so that it holds across instances; while blocked, no password is even checked.
 */
@ApplicationScoped
public class AccountAuthentication {

    private static final Logger LOG = Logger.getLogger(AccountAuthentication.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInFailures failures;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "SIGN_IN_LOCK_AFTER", defaultValue = "10")
    int lockAfter;

    @Inject
    @ConfigProperty(name = "SIGN_IN_LOCK_MINUTES", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "SIGN_IN_DELAY_BASE_MS", defaultValue = "1000")
    long delayBaseMillis;

    @Inject
    @ConfigProperty(name = "SIGN_IN_ADDRESS_LIMIT", defaultValue = "50")
    int addressLimit;

    private SignInThrottle throttle;

    @PostConstruct
    void configure() {
        throttle = new SignInThrottle(3, Duration.ofMillis(delayBaseMillis), Duration.ofSeconds(30), lockAfter,
                Duration.ofMinutes(lockMinutes), addressLimit, Duration.ofMinutes(lockMinutes));
    }

    @Transactional
    public SignInOutcome signIn(String username, char[] password) {
        Instant now = clock.instant();
        String accountKey = accountKey(username);
        Optional<String> addressKey = origin.clientAddress().map(address -> "address:" + address);
        Optional<UserAccount> found = normalized(username).flatMap(accounts::findByUsername);
        UUID accountId = found.map(UserAccount::id).orElse(null);
        Optional<Instant> blocked = blockedUntil(accountKey, addressKey, now);
        if (blocked.isPresent()) {
            audit.recordRefusal(accountId, "SIGN_IN", Subject.NONE, "too many failed attempts; blocked until "
                    + blocked.get());
            return SignInOutcome.refused();
        }
        if (found.isEmpty()) {
            hashing.spendTimeOfOneCheck(password);
            audit.recordRefusal(null, "SIGN_IN", Subject.NONE, "unknown username");
            failed(accountKey, addressKey, null, now);
            return SignInOutcome.refused();
        }
        UserAccount account = found.get();
        if (!hashing.matches(password, account.passwordHash())) {
            audit.recordRefusal(account.id(), "SIGN_IN", Subject.NONE, "wrong password");
            failed(accountKey, addressKey, account.id(), now);
            return SignInOutcome.refused();
        }
        if (!account.canSignIn()) {
            audit.recordRefusal(account.id(), "SIGN_IN", Subject.NONE, "account deactivated");
            return SignInOutcome.refused();
        }
        if (!hashing.isCurrent(account.passwordHash())) {
            account.rehashPassword(hashing.hash(password));
        }
        failures.clear(accountKey);
        account.recordSignIn(now);
        audit.recordFor(account.id(), "SIGN_IN", Subject.NONE, null);
        LOG.info(() -> "Account " + account.id() + " signed in");
        Set<String> roles = account.roles().stream().map(Role::securityRole).collect(Collectors.toSet());
        return new SignInOutcome(true, account.id(), roles);
    }

    /** Until when sign-in for this username, or from this request's address, is blocked: for the page's message. */
    public Optional<Instant> blockedUntil(String username) {
        return blockedUntil(accountKey(username), origin.clientAddress().map(address -> "address:" + address),
                clock.instant());
    }

    @Transactional
    public void signedOut(java.util.UUID accountId) {
        audit.recordFor(accountId, "SIGN_OUT", Subject.NONE, null);
    }

    private Optional<Instant> blockedUntil(String accountKey, Optional<String> addressKey, Instant now) {
        return Stream.concat(failures.blockedUntil(accountKey, now).stream(),
                addressKey.flatMap(key -> failures.blockedUntil(key, now)).stream()).max(Instant::compareTo);
    }

    private void failed(String accountKey, Optional<String> addressKey, UUID accountId, Instant now) {
        int count = failures.count(accountKey, throttle, now);
        Instant until = throttle.accountBlockedUntil(count, now);
        if (until != null) {
            failures.block(accountKey, until);
            if (count == lockAfter) {
                audit.recordRefusal(accountId, "SIGN_IN_LOCKED", Subject.NONE, count + " failed attempts; locked for "
                        + lockMinutes + " minutes");
                LOG.warning(() -> "Sign-in locked for " + lockMinutes + " minutes after " + count + " failures");
            }
        }
        addressKey.ifPresent(key -> {
            int fromAddress = failures.count(key, throttle, now);
            Instant blockedUntil = throttle.addressBlockedUntil(fromAddress, now);
            if (blockedUntil != null) {
                failures.block(key, blockedUntil);
            }
        });
    }

    /** Unknown and malformed usernames are counted too, under what was typed: the answer never tells them apart. */
    private static String accountKey(String username) {
        String typed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (typed.length() > 150 ? typed.substring(0, 150) : typed);
    }

    private static Optional<String> normalized(String username) {
        try {
            return Optional.of(UserAccount.normalizeUsername(username));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
