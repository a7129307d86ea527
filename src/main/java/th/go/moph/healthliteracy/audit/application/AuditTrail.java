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
 * back together; {@link #recordRefusal} and {@link #recordFailure} commit on their own, because a refused or failed
 * action rolls back but must still leave its trace. The actor and client address come from the current request
 * unless given.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    @Transactional(TxType.MANDATORY)
    public void record(String action, Subject subject, String detail) {
        write(origin.accountId().orElse(null), action, AuditOutcome.SUCCEEDED, subject, detail);
    }

    @Transactional(TxType.MANDATORY)
    public void recordFor(UUID actorId, String action, Subject subject, String detail) {
        write(actorId, action, AuditOutcome.SUCCEEDED, subject, detail);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordRefusal(UUID actorId, String action, Subject subject, String reason) {
        write(actorId != null ? actorId : origin.accountId().orElse(null), action, AuditOutcome.REFUSED, subject, reason);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordFailure(String action, Subject subject, String reason) {
        write(origin.accountId().orElse(null), action, AuditOutcome.FAILED, subject, reason);
    }

    private void write(UUID actorId, String action, AuditOutcome outcome, Subject subject, String detail) {
        em.persist(new AuditEvent(clock.instant(), actorId, action, outcome, subject.type(), subject.id(),
                subject.revision(), origin.clientAddress().orElse(null), truncate(detail)));
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000) + "…";
    }

    /** What an audited action was done to; {@link #NONE} for actions on no particular thing (signing in). */
    public record Subject(String type, String id, Integer revision) {
        public static final Subject NONE = new Subject(null, null, null);

        public static Subject of(String type, Object id) {
            return new Subject(type, String.valueOf(id), null);
        }

        public static Subject of(String type, Object id, int revision) {
            return new Subject(type, String.valueOf(id), revision);
        }
    }
}
