package th.go.moph.healthliteracy.identity.domain;

/** Which agencies' items a grant reaches. */
public enum GrantScope {
    OWN_AGENCY, ALL_AGENCIES
}
