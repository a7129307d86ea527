package th.go.moph.healthliteracy.identity.application;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords hashed with Jakarta Security's PBKDF2. Each stored hash names its own algorithm, iterations and sizes
 * ({@code algorithm:iterations:salt:hash}), so verification always uses the parameters it was made with, and a hash
 * made with other parameters than today's is replaced at the next successful sign-in.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 64;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "PASSWORD_HASH_ITERATIONS", defaultValue = "210000")
    int iterations;

    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
        decoyHash = pbkdf2.generate(InitialPassword.generate().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** Takes as long as checking a password, so an unknown username cannot be told from a wrong password. */
    public void spendTimeOfOneCheck(char[] password) {
        pbkdf2.verify(password, decoyHash);
    }

    public boolean isCurrent(String storedHash) {
        return HashParameters.parse(storedHash).equals(new HashParameters(ALGORITHM, iterations, SALT_BYTES, KEY_BYTES));
    }
}
