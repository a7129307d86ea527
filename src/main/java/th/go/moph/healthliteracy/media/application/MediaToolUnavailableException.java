package th.go.moph.healthliteracy.media.application;

/** ffmpeg or ffprobe cannot be run: missing, not executable, or not what its path claims. */
public class MediaToolUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaToolUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
