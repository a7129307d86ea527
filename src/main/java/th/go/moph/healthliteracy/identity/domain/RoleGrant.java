package th.go.moph.healthliteracy.identity.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A role held over a scope of agencies. */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private GrantScope scope;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected RoleGrant() {
        // for JPA
    }

    RoleGrant(Role role, GrantScope scope, Instant grantedAt) {
        this.role = Objects.requireNonNull(role);
        this.scope = Objects.requireNonNull(scope);
        this.grantedAt = Objects.requireNonNull(grantedAt);
    }

    public Role role() {
        return role;
    }

    public GrantScope scope() {
        return scope;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    boolean sameAs(Role otherRole, GrantScope otherScope) {
        return role == otherRole && scope == otherScope;
    }
}
