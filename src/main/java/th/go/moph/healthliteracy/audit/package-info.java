/**
 * The append-only audit trail: who (an opaque user id) did what, to which item, when and from where.
 * Offers {@link th.go.moph.healthliteracy.audit.application.AuditTrail}, written inside the transaction it records.
 */
package th.go.moph.healthliteracy.audit;
