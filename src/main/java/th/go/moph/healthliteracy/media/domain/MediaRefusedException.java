package th.go.moph.healthliteracy.media.domain;

import th.go.moph.healthliteracy.audit.application.Refusal;

/**
 * An upload or media file was refused: {@link #code()} names why (for a translated message), the message says it in
 * English. Nothing is stored when this is thrown.
 */
public class MediaRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;
    private final String code;

    public MediaRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
