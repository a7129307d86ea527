package th.go.moph.healthliteracy.audit.application;

/** Marks exceptions that are a rule's refusal (audited as REFUSED), not a failure (audited as FAILED). */
public interface Refusal {
}
