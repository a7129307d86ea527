package th.go.moph.healthliteracy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Import bundles for tests, made from {@code content-samples/}: a sample item copied under a new key and slug (not
 * marked as a sample, not a translation), its manifest changed as a test needs.
 */
public final class SampleBundles {

    private SampleBundles() {
    }

    /** {@code content-samples/}, found from the project's pom (client side) or the test deployment's setting. */
    public static Path samples() {
        String inContainer = System.getProperty("portal.test.samples");
        return inContainer != null ? Path.of(inContainer)
                : Path.of(System.getProperty("portal.pom", "pom.xml")).toAbsolutePath().getParent()
                        .resolve("content-samples");
    }

    /** A new bundle folder holding the samples' agencies and topics, and an empty {@code items/}. */
    public static Path bundle(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("items"));
        Files.copy(samples().resolve("agencies.json"), folder.resolve("agencies.json"));
        Files.copy(samples().resolve("topics.json"), folder.resolve("topics.json"));
        return folder;
    }

    /** Copies the sample item into {@code items} as {@code key}; returns its folder. */
    public static Path copy(String sample, Path items, String key, UnaryOperator<String> edit) throws IOException {
        Path from = samples().resolve("items").resolve(sample);
        Path to = Files.createDirectories(items.resolve(key));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        String json = Files.readString(to.resolve("item.json"))
                .replaceFirst("\"key\": \"[^\"]+\"", "\"key\": \"" + key + "\"")
                .replaceFirst("\"slug\": \"[^\"]+\"", "\"slug\": \"" + key + "\"")
                .replaceFirst("\"translationOf\": \"[^\"]+\"", "\"translationOf\": null")
                .replace("\"sample\": true", "\"sample\": false");
        Files.writeString(to.resolve("item.json"), edit == null ? json : edit.apply(json));
        return to;
    }
}
