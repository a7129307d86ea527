package th.go.moph.healthliteracy.identity.infrastructure.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.identity.domain.UserAccountRepository;
import th.go.moph.healthliteracy.platform.persistence.NativeValues;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<UserAccount> findById(UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findBySingleSignOn(String issuer, String subject) {
        return em.createNativeQuery("select cast(id as text) from user_account where sso_issuer = ?1 and sso_subject = ?2")
                .setParameter(1, issuer).setParameter(2, subject).getResultStream().findFirst()
                .flatMap(id -> findById(UUID.fromString((String) id)));
    }

    @Override
    public void linkSingleSignOn(UUID accountId, String issuer, String subject) {
        em.flush();
        em.createNativeQuery("update user_account set sso_issuer = ?2, sso_subject = ?3 where id = ?1")
                .setParameter(1, accountId).setParameter(2, issuer).setParameter(3, subject).executeUpdate();
    }

    @Override
    public Optional<Instant> sessionsEndedAt(UUID accountId) {
        List<?> rows = em.createNativeQuery("select sessions_revoked_at from user_account where id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(NativeValues.instant(rows.get(0)));
    }

    @Override
    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    @Override
    public void lockFirstAccountCreation() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('first-account'))").getSingleResult();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }
}
