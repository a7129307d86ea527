package th.go.moph.healthliteracy.platform.secrets;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Keys the portal makes for itself, 256 random bits each, created on first use and kept in the database so every
 * instance uses the same one. A key given in the environment (e.g. {@code PREVIEW_SECRET}) takes precedence.
 */
@ApplicationScoped
public class PortalSecrets {

    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Transactional(TxType.REQUIRES_NEW)
    public byte[] key(String name, Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return cache.computeIfAbsent(name, this::loadOrCreate);
    }

    private byte[] loadOrCreate(String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery("insert into portal_secret (name, value) values (?1, ?2) on conflict (name) do nothing")
                .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(fresh)).executeUpdate();
        String stored = (String) em.createNativeQuery("select value from portal_secret where name = ?1")
                .setParameter(1, name).getSingleResult();
        return Base64.getDecoder().decode(stored);
    }
}
