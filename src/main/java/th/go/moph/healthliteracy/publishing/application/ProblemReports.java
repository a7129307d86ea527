package th.go.moph.healthliteracy.publishing.application;

import static th.go.moph.healthliteracy.platform.persistence.NativeValues.instant;
import static th.go.moph.healthliteracy.platform.persistence.NativeValues.uuid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;

/**
 * "Report a problem with this page": citizens tell the owning agency what is wrong with a published item, without
 * giving any personal data (none is asked for, and none is kept — not even their address). The agency's editors see
 * open reports on their dashboard and mark them resolved.
 */
@ApplicationScoped
public class ProblemReports {

    public static final int MAX_MESSAGE = 1000;
    public static final List<String> KINDS = List.of("OUTDATED", "WRONG", "BROKEN", "UNCLEAR", "OTHER");

    /** An open report, as editors see it. */
    public record Report(UUID id, UUID itemId, String itemTitle, String kind, String message, String pageUrl,
            Instant receivedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Files a report about a published item; returns false when the item is not published (nothing is kept). */
    @Transactional
    public boolean report(UUID itemId, String kind, String message, String pageUrl) {
        String checkedKind = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(checkedKind)) {
            throw new InvalidParameterException("kind", "What kind of problem: one of " + KINDS);
        }
        String text = message == null ? "" : message.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip();
        if (text.length() > MAX_MESSAGE) {
            throw new InvalidParameterException("message", "At most " + MAX_MESSAGE + " characters, please");
        }
        @SuppressWarnings("unchecked")
        List<Object> agency = em.createNativeQuery("select cast(agency_id as text) from content_item where id = ?1"
                + " and status = 'PUBLISHED'").setParameter(1, itemId).getResultList();
        if (agency.isEmpty()) {
            return false;
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into problem_report (id, item_id, agency_id, kind, message, page_url, received_at)"
                        + " values (?1, ?2, cast(?3 as uuid), ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, itemId).setParameter(3, agency.get(0))
                .setParameter(4, checkedKind).setParameter(5, text).setParameter(6, pageUrl)
                .setParameter(7, clock.instant().atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
        audit.recordFor(null, "PROBLEM_REPORTED", Subject.of("content_item", itemId), checkedKind);
        return true;
    }

    /** Open reports about the items of the agencies the signed-in editor may see, newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Report> open(int limit) {
        java.util.Set<UUID> agencies = currentActor.get().visibleAgencies(); // null: every agency
        if (agencies != null && agencies.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select p.id, p.item_id, coalesce(r.title, ''), p.kind, p.message,"
                        + " p.page_url, p.received_at from problem_report p"
                        + " join content_item i on i.id = p.item_id"
                        + " left join revision r on r.item_id = i.id and r.number = i.live_revision"
                        + " where p.resolved_at is null and (?1 = '' or p.agency_id = any(cast(string_to_array(?1, ' ')"
                        + " as uuid[]))) order by p.received_at desc limit ?2")
                .setParameter(1, agencies == null ? "" : String.join(" ", agencies.stream().map(UUID::toString)
                        .toList()))
                .setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Report(uuid(r[0]), uuid(r[1]), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], instant(r[6]))).toList();
    }

    @Transactional
    public void resolve(UUID reportId) {
        @SuppressWarnings("unchecked")
        List<Object> agencies = em.createNativeQuery("select cast(agency_id as text) from problem_report where id = ?1")
                .setParameter(1, reportId).getResultList();
        if (agencies.isEmpty()) {
            throw new IllegalArgumentException("No such report");
        }
        Object agency = agencies.get(0);
        currentActor.get().require(Permission.EDIT_CONTENT, UUID.fromString((String) agency));
        em.createNativeQuery("update problem_report set resolved_at = ?1, resolved_by = ?2 where id = ?3")
                .setParameter(1, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .setParameter(2, currentActor.get().accountId())
                .setParameter(3, reportId).executeUpdate();
        audit.record("PROBLEM_REPORT_RESOLVED", Subject.of("problem_report", reportId), null);
    }
}
