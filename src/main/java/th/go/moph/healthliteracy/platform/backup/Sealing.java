package th.go.moph.healthliteracy.platform.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of backup files when {@code BACKUP_KEY} is set: AES-256-GCM in chunks of 1 MiB (so a video of gigabytes
 * never sits in memory), each chunk authenticated with its number and whether it is the last, so chunks cannot be
 * reordered, dropped or the file cut short unnoticed. The key comes from the passphrase by PBKDF2-HMAC-SHA256 with the
 * backup's own salt; every file has its own random nonce prefix.
 */
public final class Sealing {

    static final int CHUNK = 1 << 20;
    private static final int ITERATIONS = 310_000;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private Sealing(SecretKey key) {
        this.key = key;
    }

    /** The key of a backup, from the passphrase and the backup's salt. */
    public static Sealing withPassphrase(char[] passphrase, byte[] salt) {
        try {
            KeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, 256);
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new Sealing(new SecretKeySpec(raw, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        }
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** A stream that seals what is written to it into {@code out}; closing it writes the last chunk. */
    public OutputStream seal(OutputStream out) throws IOException {
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(prefix);
        DataOutputStream data = new DataOutputStream(out);
        data.write(prefix);
        return new FilterOutputStream(data) {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream(CHUNK);
            private int chunk;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int take = Math.min(len, CHUNK - pending.size());
                    pending.write(b, off, take);
                    off += take;
                    len -= take;
                    if (pending.size() == CHUNK) {
                        emit(false);
                    }
                }
            }

            private void emit(boolean last) throws IOException {
                byte[] sealed = crypt(Cipher.ENCRYPT_MODE, prefix, chunk++, last, pending.toByteArray());
                data.writeBoolean(last);
                data.writeInt(sealed.length);
                data.write(sealed);
                pending.reset();
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    emit(true);
                    data.close();
                }
            }
        };
    }

    /** A stream of what {@code in} sealed; a wrong key, or a file altered, reordered or cut short, fails to read. */
    public InputStream open(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] prefix = data.readNBytes(8);
        if (prefix.length != 8) {
            throw new IOException("not a sealed backup file (too short)");
        }
        return new InputStream() {
            private ByteBuffer plain = ByteBuffer.allocate(0);
            private int chunk;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (!plain.hasRemaining()) {
                    if (ended) {
                        return -1;
                    }
                    boolean last;
                    int length;
                    try {
                        last = data.readBoolean();
                        length = data.readInt();
                    } catch (EOFException cut) {
                        throw new IOException("a sealed backup file was cut short");
                    }
                    if (length < 16 || length > CHUNK + 16) {
                        throw new IOException("a sealed backup file is damaged (chunk length " + length + ")");
                    }
                    byte[] sealed = data.readNBytes(length);
                    if (sealed.length != length) {
                        throw new IOException("a sealed backup file was cut short");
                    }
                    plain = ByteBuffer.wrap(crypt(Cipher.DECRYPT_MODE, prefix, chunk++, last, sealed));
                    ended = last;
                }
                int n = Math.min(len, plain.remaining());
                plain.get(b, off, n);
                return n;
            }

            @Override
            public void close() throws IOException {
                data.close();
            }
        };
    }

    private byte[] crypt(int mode, byte[] prefix, int chunk, boolean last, byte[] input) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(chunk).array();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException wrong) {
            throw new IOException("a backup file does not open with this key, or was altered");
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM failed: " + e.getMessage(), e);
        }
    }
}
