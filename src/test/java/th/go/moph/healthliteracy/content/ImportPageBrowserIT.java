package th.go.moph.healthliteracy.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import th.go.moph.healthliteracy.testing.EditorBrowser;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.SampleBundles;

/**
 * The import page in Chromium: the administrator uploads a zip of manifests and reads, on the page, what happened to
 * each item; the run is listed among past imports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportPageBrowserIT {

    private static final Path SAMPLES = SampleBundles.samples();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorUploadsABundleAndReadsTheReport(@TempDir Path dir) throws Exception {
        String key = "page-import-" + Long.toString(System.nanoTime(), 36);
        Path zip = dir.resolve("agency-bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "agencies.json", Files.readString(SAMPLES.resolve("agencies.json")));
            add(out, "topics.json", Files.readString(SAMPLES.resolve("topics.json")));
            Path sample = SAMPLES.resolve("items/breastfeeding-basics");
            add(out, "items/" + key + "/item.json", Files.readString(sample.resolve("item.json"))
                    .replaceFirst("\"key\": \"[^\"]+\"", "\"key\": \"" + key + "\"")
                    .replaceFirst("\"slug\": \"[^\"]+\"", "\"slug\": \"" + key + "\"")
                    .replace("\"sample\": true", "\"sample\": false"));
            add(out, "items/" + key + "/body.html", Files.readString(sample.resolve("body.html")));
            add(out, "items/no-manifest/body.html", "<p>ไม่มีไฟล์ item.json</p>");
        }
        try (EditorBrowser admin = new EditorBrowser(base)) {
            admin.signInAsFirstAdministrator();
            admin.open("admin/imports.xhtml");
            admin.driver().findElement(By.cssSelector("[id='upload:archive'] input[type=file]"))
                    .sendKeys(zip.toAbsolutePath().toString());
            admin.waitForText(By.id("importReport"), key);
            String report = admin.textOf("importReport");
            assertTrue(report.lines().anyMatch(l -> l.startsWith("imported") && l.contains(key)), report);
            assertTrue(report.lines().anyMatch(l -> l.startsWith("refused") && l.contains("no-manifest")
                    && l.contains("item.json: missing")), report);
            admin.waitForText(By.id("runs"), "agency-bundle.zip");
        }
    }

    private static void add(ZipOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
