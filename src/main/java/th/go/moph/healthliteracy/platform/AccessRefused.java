package th.go.moph.healthliteracy.platform;

/**
 * Marks an exception that refuses the caller for want of a right (identity's permission checks, the audit trail's
 * readers): where one reaches the web layer, the answer is 403, never a server error.
 */
public interface AccessRefused {
}
