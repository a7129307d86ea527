package th.go.moph.healthliteracy.identity.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in account as the other contexts see it: an opaque id, its agency and its grants — no name, no e-mail.
 * Decides every permission; the application services ask it before they act.
 */
public record Actor(UUID accountId, UUID agencyId, List<Grant> grants) {

    private static final Set<Role> CONTENT_ROLES = Set.of(Role.AUTHOR, Role.REVIEWER, Role.PUBLISHER);

    public Actor {
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(agencyId);
        grants = List.copyOf(grants);
    }

    /** A role held over a scope. */
    public record Grant(Role role, GrantScope scope) {
    }

    public static Actor of(UserAccount account) {
        return new Actor(account.id(), account.agency().id(),
                account.grants().stream().map(g -> new Grant(g.role(), g.scope())).toList());
    }

    /**
     * What an import runs as, item by item: the importer's account id (so the history and audit trail name who
     * imported), an author's rights within the item's agency (the import makes and saves the item), and a
     * publisher's there only when the importer is a publisher of that agency — an attested sign-off and publication
     * are a publisher's decisions. Nothing beyond the item's agency.
     */
    public static Actor forImport(Actor importer, UUID itemAgency) {
        List<Grant> grants = importer.may(Permission.PUBLISH_CONTENT, itemAgency)
                ? List.of(new Grant(Role.AUTHOR, GrantScope.OWN_AGENCY), new Grant(Role.PUBLISHER, GrantScope.OWN_AGENCY))
                : List.of(new Grant(Role.AUTHOR, GrantScope.OWN_AGENCY));
        return new Actor(importer.accountId(), itemAgency, grants);
    }

    /**
     * The portal itself, for what it starts on its own: the first run's samples and the import inbox, the door of
     * whoever operates the server. It administers, writes and publishes for every agency; it reviews nothing.
     */
    public static Actor portal(UUID taskId) {
        return new Actor(taskId, taskId, List.of(new Grant(Role.SYSTEM_ADMIN, GrantScope.ALL_AGENCIES),
                new Grant(Role.AUTHOR, GrantScope.ALL_AGENCIES), new Grant(Role.PUBLISHER, GrantScope.ALL_AGENCIES)));
    }

    /** Whether this actor may do {@code permission} to something of {@code agency} (ignored for portal-wide ones). */
    public boolean may(Permission permission, UUID agency) {
        return grants.stream().anyMatch(grant -> allows(grant, permission, agency));
    }

    private boolean allows(Grant grant, Permission permission, UUID agency) {
        if (grant.role() == permission.portalWideRole()) {
            return true;
        }
        boolean roleFits = permission == Permission.VIEW_CONTENT ? CONTENT_ROLES.contains(grant.role())
                : grant.role() == permission.scopedRole();
        return roleFits && (grant.scope() == GrantScope.ALL_AGENCIES || agencyId.equals(agency));
    }

    /** Throws {@link AccessDeniedException} unless {@link #may} allows it. */
    public void require(Permission permission, UUID agency) {
        if (!may(permission, agency)) {
            throw new AccessDeniedException(permission, "Your account may not "
                    + permission.name().toLowerCase().replace('_', ' ')
                    + (permission.agencyScoped() && !agencyId.equals(agency) ? " for another agency" : ""));
        }
    }

    /** Agencies whose items this actor may see in the editor, or {@code null} for all of them. */
    public Set<UUID> visibleAgencies() {
        boolean everywhere = grants.stream().anyMatch(g -> CONTENT_ROLES.contains(g.role())
                && g.scope() == GrantScope.ALL_AGENCIES);
        if (everywhere) {
            return null;
        }
        return grants.stream().anyMatch(g -> CONTENT_ROLES.contains(g.role())) ? Set.of(agencyId) : Set.of();
    }
}
