package th.go.moph.healthliteracy.audit.application;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.domain.AuditEvent;
import th.go.moph.healthliteracy.audit.domain.AuditOutcome;

/** Reading the audit trail: filtered pages for the admin screen, and a CSV export (itself audited). */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<ActingAccount> acting;

    @Inject
    AuditTrail audit;

    /** The filters; {@code null} means any. {@code action} matches a prefix, e.g. {@code CONTENT_}. */
    public record Filter(String action, AuditOutcome outcome, UUID actorId, String subjectId, Instant from, Instant to) {
    }

    /** One line, as the screen and the export show it. */
    public record Line(long id, Instant occurredAt, UUID actorId, String action, AuditOutcome outcome,
            String subjectType, String subjectId, Integer revision, String clientAddress, String detail) {
    }

    public List<Line> page(Filter filter, int first, int size) {
        requireReader();
        return query(filter, "select e", " order by e.id desc", AuditEvent.class).setFirstResult(first)
                .setMaxResults(size).getResultList().stream().map(AuditLog::line).toList();
    }

    public long count(Filter filter) {
        requireReader();
        return query(filter, "select count(e)", "", Long.class).getSingleResult();
    }

    /** Writes every matching line as CSV (RFC 4180), newest first, in pages so memory stays flat. */
    public int export(Filter filter, Writer out) throws IOException {
        requireReader();
        audit.record("AUDIT_EXPORTED", Subject.NONE, String.valueOf(filter));
        out.write("id,occurred_at,actor_id,action,outcome,subject_type,subject_id,revision,client_address,detail\r\n");
        int written = 0;
        int pageSize = 1000;
        for (int first = 0; ; first += pageSize) {
            List<AuditEvent> events = query(filter, "select e", " order by e.id desc", AuditEvent.class)
                    .setFirstResult(first).setMaxResults(pageSize).getResultList();
            for (AuditEvent event : events) {
                Line l = line(event);
                out.write(String.join(",", String.valueOf(l.id()), csv(l.occurredAt()), csv(l.actorId()),
                        csv(l.action()), csv(l.outcome()), csv(l.subjectType()), csv(l.subjectId()),
                        csv(l.revision()), csv(l.clientAddress()), csv(l.detail())));
                out.write("\r\n");
                written++;
            }
            em.clear();
            if (events.size() < pageSize) {
                return written;
            }
        }
    }

    private void requireReader() {
        if (acting.isUnsatisfied() || !acting.get().mayReadAuditTrail()) {
            throw new AuditAccessDenied();
        }
    }

    /** Only system administrators read the audit trail. */
    public static class AuditAccessDenied extends RuntimeException implements Refusal,
            th.go.moph.healthliteracy.platform.AccessRefused {
        private static final long serialVersionUID = 1L;

        AuditAccessDenied() {
            super("Your account may not read the audit trail");
        }
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" from AuditEvent e where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and e.action like :action");
            parameters.put("action", filter.action().strip().replace("%", "") + "%");
        }
        if (filter.outcome() != null) {
            where.append(" and e.outcome = :outcome");
            parameters.put("outcome", filter.outcome());
        }
        if (filter.actorId() != null) {
            where.append(" and e.actorId = :actor");
            parameters.put("actor", filter.actorId());
        }
        if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
            where.append(" and e.subjectId = :subject");
            parameters.put("subject", filter.subjectId().strip());
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static Line line(AuditEvent e) {
        return new Line(e.id(), e.occurredAt(), e.actorId(), e.action(), e.outcome(), e.subjectType(), e.subjectId(),
                e.revision(), e.clientAddress(), e.detail());
    }

    /** A CSV field: quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets never run it. */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
