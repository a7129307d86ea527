package th.go.moph.healthliteracy.identity.domain;

/** What a grant lets its holder do. The full matrix is in the README. */
public enum Role {
    AUTHOR, REVIEWER, PUBLISHER, AGENCY_ADMIN, SYSTEM_ADMIN;

    /** The security role name used by Jakarta Security and in web.xml. */
    public String securityRole() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
