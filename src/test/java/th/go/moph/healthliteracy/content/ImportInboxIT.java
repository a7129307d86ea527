package th.go.moph.healthliteracy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.SampleBundles;

/**
 * The command line's way in: {@code deploy/local/import} hands a bundle folder to the running portal's import inbox,
 * waits for the portal's report and prints it, with exit status 2 when an item was refused.
 */
@ExtendWith(ArquillianExtension.class)
class ImportInboxIT {

    private static final Path PROJECT = Path.of(System.getProperty("portal.pom", "pom.xml")).toAbsolutePath()
            .getParent();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Test
    @RunAsClient
    void theCommandLineImportsABundleAndPrintsThePortalsReport(@TempDir Path dir) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Path bundle = SampleBundles.bundle(dir.resolve("agency-bundle"));
        Path good = SampleBundles.copy("teen-healthy-eating", bundle.resolve("items"), "inbox-good-" + run, null);
        SampleBundles.copy("teen-healthy-eating", bundle.resolve("items"), "inbox-broken-" + run,
                json -> json.replace("\"licence\": \"", "\"licence\": \"NOT_A_LICENCE_"));

        ProcessBuilder command = new ProcessBuilder("bash", "deploy/local/import", bundle.toString())
                .directory(PROJECT.toFile()).redirectErrorStream(true);
        command.environment().put("IMPORT_INBOX_DIR", Path.of(System.getProperty("portal.test.dataDir"))
                .resolve("import-inbox").toString());
        command.environment().put("IMPORT_WAIT_SECONDS", "180");
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(200, TimeUnit.SECONDS), output);
        System.out.println(output);

        assertEquals(2, process.exitValue(), "an item was refused\n" + output);
        assertTrue(output.contains("1 imported") && output.contains("1 refused"), output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith("imported") && l.contains(good.getFileName().toString())),
                output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith("refused") && l.contains("inbox-broken-" + run)
                && l.contains("licence:")), output);
    }
}
