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

    public List<ManagedAccount> accountsIManage() {
        Actor actor = currentActor.get();
        return em.createQuery("select u from UserAccount u join fetch u.agency order by u.username", UserAccount.class)
                .getResultList().stream().filter(u -> actor.may(Permission.MANAGE_USERS, u.agency().id()))
                .map(u -> new ManagedAccount(u.id(), u.username(), u.displayName(), u.agency().nameTh(),
                        u.agency().nameEn(), u.canSignIn(),
                        u.grants().stream().map(g -> new Actor.Grant(g.role(), g.scope())).toList()))
                .toList();
    }

    /** An account as the administrator's screen shows it. */
    public record ManagedAccount(UUID id, String username, String displayName, String agencyNameTh,
            String agencyNameEn, boolean active, List<Actor.Grant> grants) {
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
