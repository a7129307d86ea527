package th.go.moph.healthliteracy.identity.domain;

/**
 * What can be done in the portal, and the role that lets one do it. Agency-scoped permissions concern one agency's
 * items or users and are allowed by a grant whose scope covers that agency; the others concern the whole portal.
 * The README's authorization matrix is this table spelled out, and a test keeps the two identical.
 */
public enum Permission {
    /** Open the editor pages of an item, its drafts, history and preview. */
    VIEW_CONTENT(null, null, true),
    /** Create, save, restore, submit for review, start a periodic review, set review dates. */
    EDIT_CONTENT(Role.AUTHOR, null, true),
    /** Approve with a medical sign-off, or request changes. */
    REVIEW_CONTENT(Role.REVIEWER, null, true),
    /** Publish, schedule, withdraw, archive. */
    PUBLISH_CONTENT(Role.PUBLISHER, null, true),
    /** Open accounts, change grants, deactivate accounts of an agency (system administrators: of every agency). */
    MANAGE_USERS(Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN, true),
    /** Agencies, the topic taxonomy, feed consumers, themes. */
    ADMINISTER_PORTAL(null, Role.SYSTEM_ADMIN, false),
    /** Read and export the audit trail. */
    READ_AUDIT(null, Role.SYSTEM_ADMIN, false),
    /** Import a bundle of item manifests for an agency (system administrators: for every agency). */
    IMPORT_CONTENT(Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN, true);

    private final Role scopedRole;
    private final Role portalWideRole;
    private final boolean agencyScoped;

    Permission(Role scopedRole, Role portalWideRole, boolean agencyScoped) {
        this.scopedRole = scopedRole;
        this.portalWideRole = portalWideRole;
        this.agencyScoped = agencyScoped;
    }

    /**
     * The role that grants it within the grant's scope; {@code null} for {@link #VIEW_CONTENT}, which any content role
     * (author, reviewer, publisher) grants.
     */
    public Role scopedRole() {
        return scopedRole;
    }

    /** The role that grants it for every agency whatever the grant's scope, or {@code null}. */
    public Role portalWideRole() {
        return portalWideRole;
    }

    public boolean agencyScoped() {
        return agencyScoped;
    }
}
