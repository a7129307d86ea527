package th.go.moph.healthliteracy.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit trail. Immutable once written: the class has no setters, and the database refuses UPDATE,
 * DELETE and TRUNCATE on the table whoever asks.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "subject_type", updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(updatable = false)
    private Integer revision;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, UUID actorId, String action, AuditOutcome outcome, String subjectType,
            String subjectId, Integer revision, String clientAddress, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorId = actorId;
        this.action = Objects.requireNonNull(action);
        this.outcome = Objects.requireNonNull(outcome);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.revision = revision;
        this.clientAddress = clientAddress;
        this.detail = detail;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public Integer revision() {
        return revision;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String detail() {
        return detail;
    }
}
