package th.go.moph.healthliteracy.identity.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.identity.domain.OneTimeCodes;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;
import th.go.moph.healthliteracy.platform.secrets.SecretSeal;
import th.go.moph.healthliteracy.platform.text.Sha256;

/**
 * Two-factor sign-in with an authenticator app (time-based one-time passwords): setting it up (a secret shown once, as
 * Base32 and an {@code otpauth://} link, confirmed by a first code), checking a code at sign-in (or a single-use
 * recovery code), and who must use it — the roles in {@code TWO_FACTOR_REQUIRED_ROLES} and every account of an agency
 * that requires it. The secret is kept sealed (AES-GCM, {@link SecretSeal}).
 */
@ApplicationScoped
public class TwoFactor {

    static final String ISSUER = "Health Literacy Portal";
    private static final int RECOVERY_CODES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccountRepository accounts;

    @Inject
    SecretSeal seal;

    @Inject
    PasswordHashing hashing;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    AccountAuthentication authentication;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "TWO_FACTOR_REQUIRED_ROLES", defaultValue = "system-admin,agency-admin,publisher")
    List<String> requiredRoles;

    /**
     * Whether the account of {@code u} (agency {@code a}) must use a second factor, as SQL: its agency requires it, or
     * it holds one of the roles listed in parameter 2 ({@link #requiredRoleList}).
     */
    static final String REQUIRED_SQL = "(a.two_factor_required or exists (select 1 from role_grant g"
            + " where g.user_id = u.id and g.role = any(string_to_array(?2, ','))))";

    /** The roles that must use a second factor, as stored in grants and comma-separated ({@code none}: no role). */
    String requiredRoleList() {
        return requiredRoles.stream().map(String::strip).filter(r -> !r.isEmpty() && !r.equals("none"))
                .map(r -> r.toUpperCase(java.util.Locale.ROOT).replace('-', '_')).collect(Collectors.joining(","));
    }

    /** A secret being set up: what the authenticator app takes. */
    public record Enrolment(String secret, String link) {
    }

    /**
     * Starts (or starts again) setting up two-factor sign-in for the signed-in account, which proves itself with its
     * password first: a borrowed session alone cannot bind someone else's phone to the account.
     */
    @Transactional
    public Enrolment begin(char[] password) {
        UserAccount account = signedIn();
        if (!authentication.confirmPassword(account.id(), password)) {
            throw new IllegalArgumentException("The password is not correct");
        }
        if (enabled(account.id())) {
            throw new IllegalStateException("Two-factor sign-in is already set up for this account");
        }
        byte[] secret = OneTimeCodes.newSecret();
        em.createNativeQuery("update user_account set totp_secret = ?2, totp_last_step = 0 where id = ?1")
                .setParameter(1, account.id()).setParameter(2, seal.seal(Base64.getEncoder().encodeToString(secret)))
                .executeUpdate();
        String base32 = OneTimeCodes.base32(secret);
        String label = URLEncoder.encode(ISSUER + ":" + account.username(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
                + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20") + "&digits=6&period=30");
    }

    /** Confirms the set-up with a first code; returns the recovery codes, shown this once. */
    @Transactional
    public List<String> confirm(String code) {
        UserAccount account = signedIn();
        if (enabled(account.id()) || !verifyCode(account.id(), code)) {
            throw new IllegalArgumentException("That code is not right; enter the six digits the app shows now");
        }
        em.createNativeQuery("update user_account set totp_enabled_at = now() where id = ?1")
                .setParameter(1, account.id()).executeUpdate();
        List<String> codes = newRecoveryCodes(account.id());
        audit.record("TWO_FACTOR_ENABLED", Subject.of("user_account", account.id()), null);
        return codes;
    }

    /** Whether the account signs in with a second factor. */
    @Transactional
    public boolean enabled(UUID accountId) {
        return !em.createNativeQuery("select 1 from user_account where id = ?1 and totp_enabled_at is not null")
                .setParameter(1, accountId).getResultList().isEmpty();
    }

    /** Whether the account must set up a second factor: by one of its roles, or by its agency's rule. */
    @Transactional
    public boolean required(UUID accountId) {
        return !em.createNativeQuery("select 1 from user_account u join agency a on a.id = u.agency_id where u.id = ?1"
                + " and " + REQUIRED_SQL).setParameter(1, accountId).setParameter(2, requiredRoleList())
                .getResultList().isEmpty();
    }

    /** Checks a code at sign-in: the app's current code (each used once), or an unused recovery code (used up). */
    @Transactional
    public boolean check(UUID accountId, String code) {
        if (!enabled(accountId)) {
            return false;
        }
        if (code != null && code.strip().matches("\\d{6}")) {
            return verifyCode(accountId, code);
        }
        int used = em.createNativeQuery("update recovery_code set used_at = now() where user_id = ?1"
                        + " and code_hash = ?2 and used_at is null").setParameter(1, accountId)
                .setParameter(2, Sha256.hex(OneTimeCodes.normalizedRecoveryCode(code))).executeUpdate();
        if (used == 1) {
            audit.recordFor(accountId, "RECOVERY_CODE_USED", Subject.of("user_account", accountId), null);
        }
        return used == 1;
    }

    private boolean verifyCode(UUID accountId, String code) {
        List<?> rows = em.createNativeQuery("select totp_secret, totp_last_step from user_account where id = ?1"
                + " for update").setParameter(1, accountId).getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (row[0] == null) {
            return false;
        }
        byte[] secret = Base64.getDecoder().decode(seal.open((String) row[0]));
        long lastStep = row[1] == null ? 0 : ((Number) row[1]).longValue();
        OptionalLong step = OneTimeCodes.accepted(secret, code, clock.instant(), lastStep);
        Arrays.fill(secret, (byte) 0);
        step.ifPresent(s -> em.createNativeQuery("update user_account set totp_last_step = ?2 where id = ?1")
                .setParameter(1, accountId).setParameter(2, s).executeUpdate());
        return step.isPresent();
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        em.createNativeQuery("delete from recovery_code where user_id = ?1").setParameter(1, accountId).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = OneTimeCodes.newRecoveryCode();
            em.createNativeQuery("insert into recovery_code (user_id, code_hash) values (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, Sha256.hex(OneTimeCodes.normalizedRecoveryCode(code)))
                    .executeUpdate();
            codes.add(code);
        }
        return codes;
    }

    private UserAccount signedIn() {
        return accounts.findById(currentActor.get().accountId()).orElseThrow();
    }
}
