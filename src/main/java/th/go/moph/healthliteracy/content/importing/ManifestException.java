package th.go.moph.healthliteracy.content.importing;

import java.util.List;

/** An item manifest that cannot be imported as it is: every problem found, each naming its field. */
public class ManifestException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final List<String> problems;

    public ManifestException(String key, List<String> problems) {
        super((key == null ? "an item" : "item " + key) + ": " + String.join("; ", problems));
        this.key = key;
        this.problems = List.copyOf(problems);
    }

    /** The item's key, when the manifest got that far. */
    public String key() {
        return key;
    }

    public List<String> problems() {
        return problems;
    }
}
