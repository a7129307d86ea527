package th.go.moph.healthliteracy.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.platform.persistence.NativeValues;

/**
 * How long a staff session may live: never beyond {@code SESSION_ABSOLUTE_HOURS} after its sign-in, however active
 * (the idle timeout is the container's), and not past a "sign out everywhere" of its account or the account's
 * deactivation — checked at every request, on every instance, from the database, together with whether the account
 * still owes its second factor.
 */
@ApplicationScoped
public class StaffSessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    TwoFactor twoFactor;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "SESSION_ABSOLUTE_HOURS", defaultValue = "10")
    int absoluteHours;

    /** Where a staff session stands at a request. */
    public enum Standing {
        /** It goes on. */
        CONTINUES,
        /** It is over: too old, signed out everywhere, or its account deactivated or gone. */
        ENDED,
        /** It goes on only to the two-factor set-up page: its account must use one and has none yet. */
        SECOND_FACTOR_MISSING
    }

    /**
     * Where a session of {@code accountId} that signed in at {@code signedInAt} stands: one query per request.
     * {@code confirmedAt}, when later, is when the session last proved itself again (it changed the password, which
     * ended the account's other sessions): sessions ended before it do not end this one.
     */
    @Transactional
    public Standing standing(UUID accountId, Instant signedInAt, Instant confirmedAt) {
        if (signedInAt.plus(Duration.ofHours(absoluteHours)).isBefore(clock.instant())) {
            return Standing.ENDED;
        }
        List<?> rows = em.createNativeQuery("select u.active, u.sessions_revoked_at, u.totp_enabled_at is not null, "
                        + TwoFactor.REQUIRED_SQL + " from user_account u join agency a on a.id = u.agency_id"
                        + " where u.id = ?1").setParameter(1, accountId).setParameter(2, twoFactor.requiredRoleList())
                .getResultList();
        if (rows.isEmpty()) {
            return Standing.ENDED;
        }
        Object[] row = (Object[]) rows.get(0);
        Instant revoked = NativeValues.instant(row[1]);
        if (!Boolean.TRUE.equals(row[0]) || revoked != null && !revoked.isBefore(confirmedAt == null || confirmedAt.isBefore(signedInAt)
                ? signedInAt : confirmedAt)) {
            return Standing.ENDED;
        }
        return !Boolean.TRUE.equals(row[2]) && Boolean.TRUE.equals(row[3]) ? Standing.SECOND_FACTOR_MISSING
                : Standing.CONTINUES;
    }

    /** Ends every session of the signed-in account, on every instance, this one included. */
    @Transactional
    public void signOutEverywhere() {
        UUID id = currentActor.get().accountId();
        em.createNativeQuery("update user_account set sessions_revoked_at = ?2 where id = ?1").setParameter(1, id)
                .setParameter(2, NativeValues.timestamp(clock.instant())).executeUpdate();
        audit.record("SIGNED_OUT_EVERYWHERE", Subject.of("user_account", id), null);
    }
}
