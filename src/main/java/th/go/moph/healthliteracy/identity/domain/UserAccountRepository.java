package th.go.moph.healthliteracy.identity.domain;

import java.util.Optional;
import java.util.UUID;

/** Editor accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> findById(UUID id);

    Optional<UserAccount> findByUsername(String username);

    long count();

    /** Serialises the opening of the very first account across portal instances, until the transaction ends. */
    void lockFirstAccountCreation();

    void add(UserAccount account);
}
