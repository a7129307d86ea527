package th.go.moph.healthliteracy.identity.application;

import java.util.Base64;

/** The parameters a stored PBKDF2 hash ({@code algorithm:iterations:salt:hash}, Base64) was made with. */
record HashParameters(String algorithm, int iterations, int saltBytes, int keyBytes) {

    static HashParameters parse(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4) {
            return new HashParameters("unknown", 0, 0, 0);
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            return new HashParameters(parts[0], Integer.parseInt(parts[1]),
                    base64.decode(parts[2]).length, base64.decode(parts[3]).length);
        } catch (IllegalArgumentException malformed) {
            return new HashParameters("unknown", 0, 0, 0);
        }
    }
}
