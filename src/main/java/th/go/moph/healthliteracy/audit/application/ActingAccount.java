package th.go.moph.healthliteracy.audit.application;

import java.util.Optional;
import java.util.UUID;

/** Who is acting in the current request, as the identity context knows it; empty when nobody is signed in. */
public interface ActingAccount {

    Optional<UUID> accountId();

    /** Whether the acting account may read and export the audit trail. */
    boolean mayReadAuditTrail();
}
