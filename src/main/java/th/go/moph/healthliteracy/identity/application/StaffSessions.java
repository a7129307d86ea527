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
 * deactivation — checked at every request, on every instance, from the database.
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
    Clock clock;

    @Inject
    @ConfigProperty(name = "SESSION_ABSOLUTE_HOURS", defaultValue = "10")
    int absoluteHours;

    /** Whether a session of {@code accountId} that signed in at {@code signedInAt} may go on. */
    @Transactional
    public boolean mayContinue(UUID accountId, Instant signedInAt) {
        if (signedInAt.plus(Duration.ofHours(absoluteHours)).isBefore(clock.instant())) {
            return false;
        }
        List<?> rows = em.createNativeQuery("select active, sessions_revoked_at from user_account where id = ?1")
                .setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        Instant revoked = NativeValues.instant(row[1]);
        return Boolean.TRUE.equals(row[0]) && (revoked == null || revoked.isBefore(signedInAt));
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
