package th.go.moph.healthliteracy.audit.domain;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCEEDED, REFUSED, FAILED
}
