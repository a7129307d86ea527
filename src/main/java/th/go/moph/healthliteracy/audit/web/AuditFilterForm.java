package th.go.moph.healthliteracy.audit.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import th.go.moph.healthliteracy.audit.application.AuditLog;
import th.go.moph.healthliteracy.audit.domain.AuditOutcome;
import th.go.moph.healthliteracy.content.domain.ContentItem;

/** The audit screen's filters, as typed; {@link #toFilter} resolves them. */
public class AuditFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final UUID NOBODY = new UUID(0, 0);

    private String action;
    private AuditOutcome outcome;
    private String username;
    private String subject;
    private LocalDate from;
    private LocalDate to;

    /** @param actorOf the account id of a username (empty when unknown: then nothing matches) */
    AuditLog.Filter toFilter(java.util.function.Function<String, java.util.Optional<UUID>> actorOf) {
        UUID actor = username == null || username.isBlank() ? null : actorOf.apply(username).orElse(NOBODY);
        return new AuditLog.Filter(action, outcome, actor, subject,
                from == null ? null : from.atStartOfDay(ContentItem.PORTAL_ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ContentItem.PORTAL_ZONE).toInstant());
    }

    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public AuditOutcome getOutcome() { return outcome; }
    public void setOutcome(AuditOutcome outcome) { this.outcome = outcome; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
