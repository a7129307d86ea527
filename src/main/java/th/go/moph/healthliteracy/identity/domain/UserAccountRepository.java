package th.go.moph.healthliteracy.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Editor accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> findById(UUID id);

    Optional<UserAccount> findByUsername(String username);

    /** The account linked to the single sign-on provider's person {@code subject} of {@code issuer}. */
    Optional<UserAccount> findBySingleSignOn(String issuer, String subject);

    /** Links the account to the provider's person (replacing an earlier link of the account). */
    void linkSingleSignOn(UUID accountId, String issuer, String subject);

    /**
     * When the account's sessions were last ended — signed out everywhere, its password changed or reset, its
     * second factor reset — if ever.
     */
    Optional<Instant> sessionsEndedAt(UUID accountId);

    long count();

    /** Serialises the opening of the very first account across portal instances, until the transaction ends. */
    void lockFirstAccountCreation();

    void add(UserAccount account);
}
