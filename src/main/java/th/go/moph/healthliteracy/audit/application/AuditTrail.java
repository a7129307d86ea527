package th.go.moph.healthliteracy.audit.application;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import th.go.moph.healthliteracy.audit.domain.AuditEvent;
import th.go.moph.healthliteracy.audit.domain.AuditOutcome;

/**
 * Writes the audit trail. {@link #record} joins the transaction of the action it records, so the two commit or roll
 * back together; {@link #recordRefusal} commits on its own, because a refused action rolls back but must still
 * leave its trace.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    public void record(UUID actorId, String action, Subject subject, String clientAddress, String detail) {
        write(actorId, action, AuditOutcome.SUCCEEDED, subject, clientAddress, detail);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordRefusal(UUID actorId, String action, Subject subject, String clientAddress, String reason) {
        write(actorId, action, AuditOutcome.REFUSED, subject, clientAddress, reason);
    }

    private void write(UUID actorId, String action, AuditOutcome outcome, Subject subject, String clientAddress,
            String detail) {
        em.persist(new AuditEvent(clock.instant(), actorId, action, outcome, subject.type(), subject.id(),
                subject.revision(), clientAddress, detail));
    }

    /** What an audited action was done to; {@link #NONE} for actions on no particular thing (signing in). */
    public record Subject(String type, String id, Integer revision) {
        public static final Subject NONE = new Subject(null, null, null);

        public static Subject of(String type, Object id) {
            return new Subject(type, String.valueOf(id), null);
        }
    }
}
