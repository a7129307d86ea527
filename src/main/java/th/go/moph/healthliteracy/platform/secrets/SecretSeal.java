package th.go.moph.healthliteracy.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals secrets the portal must be able to use again but must not store in the clear (webhook signing secrets):
 * AES-256-GCM under a key from {@code SECRET_SEALING_KEY}, or else one the portal made and keeps in its database.
 * Production sets the variable, so a copy of the database alone reveals nothing.
 */
@ApplicationScoped
public class SecretSeal {

    private static final String VERSION = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalSecrets secrets;

    @Inject
    @ConfigProperty(name = "SECRET_SEALING_KEY")
    Optional<String> configured;

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret", e);
        }
    }

    public String open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, bytes, 0, 12));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed secret cannot be opened: was SECRET_SEALING_KEY changed?", e);
        }
    }

    private volatile SecretKeySpec key;

    /** The sealing key, made once (the material never changes while the portal runs). */
    private SecretKeySpec key() throws GeneralSecurityException {
        SecretKeySpec made = key;
        if (made == null) {
            byte[] material = secrets.key("secret-sealing", configured);
            made = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(material), "AES");
            key = made;
        }
        return made;
    }
}
