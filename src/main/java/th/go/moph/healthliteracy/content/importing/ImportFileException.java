package th.go.moph.healthliteracy.content.importing;

import java.io.IOException;

/** A file a manifest names could not be read while importing it; the item is refused and nothing of it kept. */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportFileException(String file, IOException cause) {
        super("'" + file + "' could not be read (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
