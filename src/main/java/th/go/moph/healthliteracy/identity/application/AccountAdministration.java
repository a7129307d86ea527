package th.go.moph.healthliteracy.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.identity.domain.AccessDeniedException;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;
import th.go.moph.healthliteracy.platform.persistence.NativeValues;
import th.go.moph.healthliteracy.platform.text.Jsonp;

/**
 * Agency administrators manage their agency's accounts and grants; system administrators those of every agency.
 * New accounts get a random password, returned once to show the administrator and never stored in clear.
 */
@ApplicationScoped
@Transactional
@AuditedRefusals(subject = "user_account")
public class AccountAdministration {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    AccountAuthentication authentication;

    @PersistenceContext
    EntityManager em;

    /** A new partner agency (system administrators). */
    public UUID registerAgency(@NotBlank String code, @NotBlank String nameTh, @NotBlank String nameEn) {
        currentActor.get().require(Permission.ADMINISTER_PORTAL, null);
        Agency agency = Agency.register(code.strip().toUpperCase(java.util.Locale.ROOT), nameTh, nameEn, clock.instant());
        boolean taken = !em.createQuery("select a.id from Agency a where a.code = :code", UUID.class)
                .setParameter("code", agency.code()).getResultList().isEmpty();
        if (taken) {
            throw new IllegalArgumentException("An agency with the code " + agency.code() + " exists already");
        }
        em.persist(agency);
        audit.record("AGENCY_REGISTERED", Subject.of("agency", agency.id()), agency.code());
        return agency.id();
    }

    /** A new account; the result carries its one-time password. */
    public OpenedAccount open(@NotNull UUID agencyId, @NotBlank String username, @NotBlank String displayName,
            String email) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_USERS, agencyId);
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null) {
            throw new IllegalArgumentException("No agency " + agencyId);
        }
        String normalized = UserAccount.normalizeUsername(username);
        if (accounts.findByUsername(normalized).isPresent()) {
            throw new IllegalArgumentException("The username '" + normalized + "' is taken");
        }
        String password = InitialPassword.generate();
        UserAccount account = UserAccount.open(agency, normalized, displayName, email,
                hashing.hash(password.toCharArray()), clock.instant());
        accounts.add(account);
        audit.record("ACCOUNT_OPENED", Subject.of("user_account", account.id()), agency.code());
        return new OpenedAccount(account.id(), normalized, password);
    }

    /** The new account's id, username, and password to hand over once. */
    public record OpenedAccount(UUID id, String username, String password) {
    }

    public void grant(@NotNull UUID accountId, @NotNull Role role, @NotNull GrantScope scope) {
        UserAccount account = manageable(accountId);
        requireMayGiveAway(role, scope);
        account.grant(role, scope, clock.instant());
        audit.record("ROLE_GRANTED", Subject.of("user_account", accountId), role + " " + scope);
    }

    public void revoke(@NotNull UUID accountId, @NotNull Role role, @NotNull GrantScope scope) {
        UserAccount account = manageable(accountId);
        requireMayGiveAway(role, scope);
        account.revoke(role, scope);
        audit.record("ROLE_REVOKED", Subject.of("user_account", accountId), role + " " + scope);
    }

    /** Deactivates an account: it can no longer sign in, and its open sessions end at their next request. */
    public void deactivate(@NotNull UUID accountId) {
        UserAccount account = manageableWhole(accountId);
        account.deactivate(currentActor.get().may(Permission.ADMINISTER_PORTAL, null));
        endSessions(account); // at once, and so that no idle session wakes up if the account is reactivated
        audit.record("ACCOUNT_DEACTIVATED", Subject.of("user_account", accountId), null);
    }

    /**
     * Lets a deactivated account sign in again: never a pseudonymised one, and one a system administrator deactivated
     * only by a system administrator.
     */
    public void reactivate(@NotNull UUID accountId) {
        UserAccount account = manageableWhole(accountId);
        account.reactivate(currentActor.get().may(Permission.ADMINISTER_PORTAL, null));
        endSessions(account);
        audit.record("ACCOUNT_REACTIVATED", Subject.of("user_account", accountId), null);
    }

    private void endSessions(UserAccount account) {
        em.flush();
        em.createNativeQuery("update user_account set sessions_revoked_at = ?2 where id = ?1")
                .setParameter(1, account.id()).setParameter(2, NativeValues.timestamp(clock.instant())).executeUpdate();
    }

    /**
     * The person lost their authenticator and their recovery codes: their second factor is removed and their sessions
     * end; at the next sign-in (with the password alone) an account that must use one sets it up again.
     */
    public void resetSecondFactor(@NotNull UUID accountId) {
        UserAccount account = manageableWhole(accountId);
        em.createNativeQuery("update user_account set totp_secret = null, totp_enabled_at = null,"
                + " sessions_revoked_at = ?2 where id = ?1").setParameter(1, account.id())
                .setParameter(2, NativeValues.timestamp(clock.instant())).executeUpdate();
        em.createNativeQuery("delete from recovery_code where user_id = ?1").setParameter(1, account.id())
                .executeUpdate();
        audit.record("SECOND_FACTOR_RESET", Subject.of("user_account", accountId), null);
    }

    /** Lifts a sign-in lock on the account's username before it lapses (after checking who is asking, out of band). */
    public void unlock(@NotNull UUID accountId) {
        UserAccount account = manageableWhole(accountId);
        authentication.unlock(account);
        audit.record("SIGN_IN_UNLOCKED", Subject.of("user_account", accountId), null);
    }

    /**
     * Everything the portal holds about an account's person (PDPA right of access), as JSON: the account, its grants,
     * and what the portal records of its actions (revisions written, sign-offs, the audit trail's entries).
     */
    public String exportPersonalData(@NotNull UUID accountId) {
        UserAccount account = manageableWhole(accountId);
        var json = Jsonp.objectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("account", Jsonp.objectBuilder().add("id", account.id().toString())
                        .add("username", account.username()).add("displayName", account.displayName())
                        .add("email", account.email() == null ? "" : account.email())
                        .add("agency", account.agency().code()).add("active", account.canSignIn())
                        .add("createdAt", String.valueOf(account.createdAt()))
                        .add("lastSignInAt", String.valueOf(account.lastSignInAt())));
        var grants = Jsonp.arrayBuilder();
        account.grants().forEach(g -> grants.add(g.role() + " " + g.scope()));
        json.add("grants", grants);
        json.add("revisionsWritten", count("select count(*) from revision where author_id = ?1", accountId));
        json.add("signOffsGiven", count("select count(*) from revision where signed_off_by = ?1", accountId));
        var events = Jsonp.arrayBuilder();
        for (Object row : em.createNativeQuery("select occurred_at, action, outcome, subject_type, subject_id,"
                + " client_address from audit_event where actor_id = ?1 order by occurred_at desc limit 5000")
                .setParameter(1, accountId).getResultList()) {
            Object[] r = (Object[]) row;
            events.add(Jsonp.objectBuilder().add("at", String.valueOf(r[0]))
                    .add("action", String.valueOf(r[1])).add("outcome", String.valueOf(r[2]))
                    .add("subject", r[3] == null ? "" : r[3] + " " + r[4])
                    .add("clientAddress", r[5] == null ? "" : String.valueOf(r[5])));
        }
        json.add("auditTrail", events);
        audit.record("PERSONAL_DATA_EXPORTED", Subject.of("user_account", accountId), null);
        return json.build().toString();
    }

    /** PDPA erasure on request: see {@link UserAccount#pseudonymise}; the audit trail is not touched. */
    public void pseudonymise(@NotNull UUID accountId) {
        UserAccount account = manageableWhole(accountId);
        account.pseudonymise(hashing.hash(InitialPassword.generate().toCharArray()));
        em.createNativeQuery("update user_account set totp_secret = null, totp_enabled_at = null where id = ?1")
                .setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("delete from recovery_code where user_id = ?1").setParameter(1, accountId)
                .executeUpdate();
        audit.record("ACCOUNT_PSEUDONYMISED", Subject.of("user_account", accountId), null);
    }

    private long count(String sql, UUID accountId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, accountId).getSingleResult()).longValue();
    }

    public List<ManagedAccount> accountsIManage() {
        Actor actor = currentActor.get();
        boolean portalAdministrator = actor.may(Permission.ADMINISTER_PORTAL, null);
        return em.createQuery("select u from UserAccount u join fetch u.agency order by u.username", UserAccount.class)
                .getResultList().stream().filter(u -> actor.may(Permission.MANAGE_USERS, u.agency().id()))
                .map(u -> new ManagedAccount(u.id(), u.username(), u.displayName(), u.agency().nameTh(),
                        u.agency().nameEn(), u.canSignIn(), u.closedFromAbove(),
                        u.reopenableBy(portalAdministrator),
                        u.grants().stream().map(g -> new Actor.Grant(g.role(), g.scope())).toList()))
                .toList();
    }

    /**
     * An account as the administrator's screen shows it; {@code reactivatable}: deactivated (not pseudonymised), and
     * this administrator may open it again.
     */
    public record ManagedAccount(UUID id, String username, String displayName, String agencyNameTh,
            String agencyNameEn, boolean active, boolean closedFromAbove,
            boolean reactivatable, List<Actor.Grant> grants) {
    }

    /**
     * An account the actor may deactivate, export or pseudonymise: one they manage, not their own, and — when it
     * holds the system administrator role or any grant over all agencies — only by a system administrator, so that an
     * agency's administrator never disables the portal's administrators.
     */
    private UserAccount manageableWhole(UUID accountId) {
        UserAccount account = manageable(accountId);
        Actor actor = currentActor.get();
        if (account.id().equals(actor.accountId())) {
            throw new IllegalArgumentException("An administrator does not do this to their own account");
        }
        boolean reachesEverywhere = account.grants().stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN
                || g.scope() == GrantScope.ALL_AGENCIES);
        if (reachesEverywhere && !actor.may(Permission.ADMINISTER_PORTAL, null)) {
            throw new AccessDeniedException(Permission.ADMINISTER_PORTAL,
                    "Only a system administrator does this to an account with grants over all agencies");
        }
        return account;
    }

    private UserAccount manageable(UUID accountId) {
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        currentActor.get().require(Permission.MANAGE_USERS, account.agency().id());
        return account;
    }

    /**
     * Nobody hands out more than they hold: grants reaching all agencies, and the system administrator role, only a
     * system administrator gives.
     */
    private void requireMayGiveAway(Role role, GrantScope scope) {
        Actor actor = currentActor.get();
        boolean systemAdmin = actor.may(Permission.ADMINISTER_PORTAL, null);
        if ((role == Role.SYSTEM_ADMIN || scope == GrantScope.ALL_AGENCIES) && !systemAdmin) {
            throw new AccessDeniedException(Permission.MANAGE_USERS,
                    "Only a system administrator gives the system administrator role or grants over all agencies");
        }
    }
}
