package th.go.moph.healthliteracy.identity.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An editor's account: belongs to one agency and holds role grants. Personal data (name, e-mail) lives only here;
 * everything else refers to the account by its opaque id.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";

    @Id
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    /** A system administrator deactivated it: only one reactivates it. */
    @Column(name = "deactivated_by_portal", nullable = false)
    private boolean deactivatedByPortal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_grant", joinColumns = @JoinColumn(name = "user_id"))
    private List<RoleGrant> grants = new ArrayList<>();

    protected UserAccount() {
        // for JPA
    }

    private UserAccount(Agency agency, String username, String displayName, String email, String passwordHash,
            Instant now) {
        this.id = UUID.randomUUID();
        this.agency = Objects.requireNonNull(agency, "agency");
        this.username = normalizeUsername(username);
        this.displayName = requireText(displayName, "a display name");
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.passwordHash = requireText(passwordHash, "a password");
        this.active = true;
        this.createdAt = Objects.requireNonNull(now);
    }

    public static UserAccount open(Agency agency, String username, String displayName, String email,
            String passwordHash, Instant now) {
        return new UserAccount(agency, username, displayName, email, passwordHash, now);
    }

    /** Usernames are compared in lower case: 3-64 letters, digits, dots, dashes or underscores. */
    public static String normalizeUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[a-z0-9._-]{3,64}")) {
            throw new IllegalArgumentException(
                    "A username is 3 to 64 letters, digits, dots, dashes or underscores");
        }
        return normalized;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An account needs " + what);
        }
        return value.strip();
    }

    public void grant(Role role, GrantScope scope, Instant now) {
        if (grants.stream().noneMatch(g -> g.sameAs(role, scope))) {
            grants.add(new RoleGrant(role, scope, now));
        }
    }

    public void revoke(Role role, GrantScope scope) {
        grants.removeIf(g -> g.sameAs(role, scope));
    }

    public void recordSignIn(Instant now) {
        this.lastSignInAt = now;
    }

    /** After a successful sign-in under older hashing parameters: the same password, hashed anew. */
    public void rehashPassword(String newHash) {
        this.passwordHash = requireText(newHash, "a password");
    }

    /** The editor chose a new password (the policy was checked by the caller); this is its hash. */
    public void changePassword(String newHash) {
        this.passwordHash = requireText(newHash, "a password");
    }

    /**
     * The account can no longer sign in; its sessions end at their next request. Its history stays. Deactivated by a
     * system administrator ({@code byPortalAdministrator}), it stays so until one reactivates it.
     */
    public void deactivate(boolean byPortalAdministrator) {
        active = false;
        deactivatedByPortal |= byPortalAdministrator;
    }

    /**
     * The account can sign in again — unless it was pseudonymised (that person asked to be forgotten), or a system
     * administrator deactivated it and this is not one.
     */
    public void reactivate(boolean byPortalAdministrator) {
        if (pseudonymised()) {
            throw new IllegalStateException("A pseudonymised account stays closed; open a new one if the person returns");
        }
        if (closedFromAbove() && !byPortalAdministrator) {
            throw new AccessDeniedException(Permission.ADMINISTER_PORTAL,
                    "A system administrator deactivated this account; only a system administrator reactivates it");
        }
        active = true;
        deactivatedByPortal = false;
    }

    /** Whether a system administrator deactivated the account, so that only one reactivates it. */
    public boolean closedFromAbove() {
        return !active && deactivatedByPortal;
    }

    /** Whether {@link #reactivate} would open the account again, at a system administrator's hand or not. */
    public boolean reopenableBy(boolean portalAdministrator) {
        return !active && !pseudonymised() && (portalAdministrator || !deactivatedByPortal);
    }

    /** Whether {@link #pseudonymise} replaced this account's person by a pseudonym. */
    public boolean pseudonymised() {
        return username.equals(pseudonym());
    }

    private String pseudonym() {
        return "former-" + id.toString().substring(0, 8);
    }

    /**
     * PDPA erasure on request: the name, e-mail and username are replaced by a pseudonym, the password by one nobody
     * knows, the grants removed and the account deactivated. The opaque id stays, so the audit trail and the
     * revisions it signed keep their meaning without naming anyone.
     */
    public void pseudonymise(String unusablePasswordHash) {
        username = pseudonym();
        displayName = "Former user " + id.toString().substring(0, 8);
        email = null;
        passwordHash = requireText(unusablePasswordHash, "a password");
        grants.clear();
        active = false;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean canSignIn() {
        return active;
    }

    public UUID id() {
        return id;
    }

    public Agency agency() {
        return agency;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public List<RoleGrant> grants() {
        return Collections.unmodifiableList(grants);
    }

    public Set<Role> roles() {
        return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
