package th.go.moph.healthliteracy.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import th.go.moph.healthliteracy.platform.web.ClientAddresses;

/**
 * Checks editors' credentials — the password, then the second factor when the account has one — keeps their password
 * hashes current, and audits every attempt. Repeated failures (of either step) slow down and then lock the username,
 * and too many from one address block the address ({@link SignInThrottle}), counted in the database so that it holds
 * across instances; while blocked, nothing is even checked. A sign-in whose checks all passed gets a one-time ticket,
 * the only credential the identity store accepts.
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
    TwoFactor twoFactor;

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

    /** What checking a username and password gave: refused, signed in, or a second factor still to come. */
    public record PasswordCheck(boolean accepted, UUID accountId, boolean secondFactor) {
    }

    /**
     * The first step of a sign-in: the username and password, under the throttle. When they are right and the
     * account has a second factor, the sign-in waits for its code ({@link #secondFactor}); otherwise a ticket
     * ({@link #ticket}) completes it.
     */
    @Transactional
    public PasswordCheck checkPassword(String username, char[] password) {
        Instant now = clock.instant();
        String accountKey = accountKey(username);
        Optional<String> addressKey = origin.clientAddress().map(address -> "address:" + ClientAddresses.limitKey(address));
        failures.takeTurn(accountKey);
        Optional<UserAccount> found = normalized(username).flatMap(accounts::findByUsername);
        UUID accountId = found.map(UserAccount::id).orElse(null);
        Optional<Instant> blocked = blockedUntil(accountKey, addressKey, now);
        PasswordCheck refused = new PasswordCheck(false, null, false);
        if (blocked.isPresent()) {
            audit.recordRefusal(accountId, "SIGN_IN", Subject.NONE, "too many failed attempts; blocked until "
                    + blocked.get());
            return refused;
        }
        if (found.isEmpty()) {
            hashing.spendTimeOfOneCheck(password);
            audit.recordRefusal(null, "SIGN_IN", Subject.NONE, "unknown username");
            failed(accountKey, addressKey, null, now);
            return refused;
        }
        UserAccount account = found.get();
        if (!hashing.matches(password, account.passwordHash())) {
            audit.recordRefusal(account.id(), "SIGN_IN", Subject.NONE, "wrong password");
            failed(accountKey, addressKey, account.id(), now);
            return refused;
        }
        if (!account.canSignIn()) {
            audit.recordRefusal(account.id(), "SIGN_IN", Subject.NONE, "account deactivated");
            return refused;
        }
        if (!hashing.isCurrent(account.passwordHash())) {
            account.rehashPassword(hashing.hash(password));
        }
        return new PasswordCheck(true, account.id(), twoFactor.enabled(account.id()));
    }

    /**
     * The signed-in person types their password again (to change it, or to set up two-factor sign-in): checked under
     * the sign-in throttle, so that a session left open is no oracle for guessing it.
     */
    @Transactional
    public boolean confirmPassword(UUID accountId, char[] password) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        Instant now = clock.instant();
        String accountKey = accountKey(account.username());
        Optional<String> addressKey = origin.clientAddress().map(address -> "address:" + ClientAddresses.limitKey(address));
        failures.takeTurn(accountKey);
        if (blockedUntil(accountKey, addressKey, now).isPresent()) {
            audit.recordRefusal(accountId, "PASSWORD_CONFIRMED", Subject.NONE, "too many failed attempts");
            return false;
        }
        if (password != null && hashing.matches(password, account.passwordHash())) {
            return true;
        }
        audit.recordRefusal(accountId, "PASSWORD_CONFIRMED", Subject.NONE, "wrong password");
        failed(accountKey, addressKey, accountId, now);
        return false;
    }

    /** An administrator lifts the lock on an account's username (its failures are forgotten). */
    @Transactional
    public void unlock(UserAccount account) {
        failures.clear(accountKey(account.username()));
    }

    /**
     * The first step of a single sign-on: the organisation's identity provider vouched for its person {@code subject}
     * (an ID token whose signature, issuer, audience, expiry and nonce were checked). Only a link made earlier — by
     * the person proving the account's password ({@link #linkSingleSignOn}) — ties that person to an account, never a
     * name the provider lets people choose. Empty: no account is linked yet. The provider stands in for the password
     * only: a deactivated or locked account stays out, and one with a second factor still gives its code.
     */
    @Transactional
    public Optional<PasswordCheck> checkSingleSignOn(String issuer, String subject) {
        Optional<UserAccount> found = accounts.findBySingleSignOn(issuer, subject);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount account = found.get();
        String accountKey = accountKey(account.username());
        failures.takeTurn(accountKey);
        PasswordCheck refused = new PasswordCheck(false, null, false);
        if (failures.blockedUntil(accountKey, clock.instant()).isPresent()) {
            audit.recordRefusal(account.id(), "SIGN_IN", Subject.NONE, "single sign-on: too many failed attempts");
            return Optional.of(refused);
        }
        if (!account.canSignIn()) {
            audit.recordRefusal(account.id(), "SIGN_IN", Subject.NONE, "single sign-on: account deactivated");
            return Optional.of(refused);
        }
        return Optional.of(new PasswordCheck(true, account.id(), twoFactor.enabled(account.id())));
    }

    /**
     * Links the provider's person to the account whose password (and second factor) was just proved in the same
     * browser that came back from the provider: from then on, single sign-on signs in to it.
     */
    @Transactional
    public void linkSingleSignOn(UUID accountId, String issuer, String subject) {
        Optional<UserAccount> linked = accounts.findBySingleSignOn(issuer, subject);
        if (linked.isPresent() && !linked.get().id().equals(accountId)) {
            audit.recordRefusal(accountId, "SINGLE_SIGN_ON_LINKED", Subject.of("user_account", accountId),
                    "that provider account is linked to another portal account");
            return;
        }
        accounts.linkSingleSignOn(accountId, issuer, subject);
        audit.recordFor(accountId, "SINGLE_SIGN_ON_LINKED", Subject.of("user_account", accountId), issuer);
    }

    /**
     * The second step, for an account with a second factor: its authenticator code or a recovery code, under the same
     * throttle as passwords. Right: the ticket that completes the sign-in. {@code begunAt} is when the first step (the
     * password, or the provider's word) passed: a sign-in begun before the account's sessions were last ended
     * (signed out everywhere, the password changed or reset, the second factor reset) ends with them, whatever the code
     * — compared to the millisecond, a tie counting as ended.
     */
    @Transactional
    public SecondStep secondFactor(UUID accountId, String username, String code, Instant begunAt) {
        Instant now = clock.instant();
        String accountKey = accountKey(username);
        Optional<String> addressKey = origin.clientAddress().map(address -> "address:" + ClientAddresses.limitKey(address));
        failures.takeTurn(accountKey);
        if (blockedUntil(accountKey, addressKey, now).isPresent()) {
            audit.recordRefusal(accountId, "SIGN_IN", Subject.NONE, "too many failed attempts");
            return SecondStep.REFUSED;
        }
        if (accounts.sessionsEndedAt(accountId).filter(ended -> !ended.isBefore(begunAt.truncatedTo(ChronoUnit.MILLIS)))
                .isPresent()) {
            audit.recordRefusal(accountId, "SIGN_IN", Subject.NONE, "begun before the account's sessions were ended");
            return SecondStep.ENDED;
        }
        if (!twoFactor.check(accountId, code)) {
            audit.recordRefusal(accountId, "SIGN_IN", Subject.NONE, "wrong second-factor code");
            failed(accountKey, addressKey, accountId, now);
            return SecondStep.REFUSED;
        }
        return new SecondStep(ticket(accountId), false);
    }

    /**
     * What the second step gave: the ticket that completes the sign-in, or none — refused, or {@code ended}: begun
     * before the account's sessions were ended, so it starts again from the first step.
     */
    public record SecondStep(String ticket, boolean ended) {

        static final SecondStep REFUSED = new SecondStep(null, false);
        static final SecondStep ENDED = new SecondStep(null, true);
    }

    /** A ticket for an account whose sign-in checks all passed: good once, on this instance, for a minute. */
    public String ticket(UUID accountId) {
        tickets.values().removeIf(t -> t.expires().isBefore(clock.instant()));
        String ticket = java.util.UUID.randomUUID() + "." + Long.toHexString(RANDOM.nextLong());
        tickets.put(ticket, new Ticket(accountId, clock.instant().plusSeconds(60)));
        return ticket;
    }

    /** Completes a sign-in with its ticket (the identity store's only way in): who signed in, with which roles. */
    @Transactional
    public SignInOutcome redeem(String ticket) {
        Ticket held = ticket == null ? null : tickets.remove(ticket);
        if (held == null || held.expires().isBefore(clock.instant())) {
            return SignInOutcome.refused();
        }
        UserAccount account = accounts.findById(held.accountId()).filter(UserAccount::canSignIn).orElse(null);
        if (account == null) {
            return SignInOutcome.refused();
        }
        failures.clear(accountKey(account.username()));
        account.recordSignIn(clock.instant());
        audit.recordFor(account.id(), "SIGN_IN", Subject.NONE, twoFactor.enabled(account.id()) ? "two-factor" : null);
        LOG.info(() -> "Account " + account.id() + " signed in");
        Set<String> roles = account.roles().stream().map(Role::securityRole).collect(Collectors.toSet());
        return new SignInOutcome(true, account.id(), roles);
    }

    private record Ticket(UUID accountId, Instant expires) {
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private final java.util.Map<String, Ticket> tickets = new java.util.concurrent.ConcurrentHashMap<>();

    /** Until when sign-in for this username, or from this request's address, is blocked: for the page's message. */
    public Optional<Instant> blockedUntil(String username) {
        return blockedUntil(accountKey(username), origin.clientAddress().map(address -> "address:" + ClientAddresses.limitKey(address)),
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
