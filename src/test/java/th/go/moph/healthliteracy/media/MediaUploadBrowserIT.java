package th.go.moph.healthliteracy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import th.go.moph.healthliteracy.testing.EditorBrowser;
import th.go.moph.healthliteracy.testing.Ffmpeg;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** An author uploads an infographic in Chromium, keeps working while its renditions are made, and records consent. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaUploadBrowserIT {

    private static final long MIB = 1024 * 1024;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    /**
     * A video goes up in 1 MiB chunks (the test deployment's chunk size) over a slow link, each chunk once and in order,
     * and arrives whole. (Resuming after a reload is built but not yet proven reliably here: see the README.)
     */
    @Test
    void aVideoGoesUpInChunksOverASlowLink() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100000, 36);
        String password = openAuthor("video-author-" + suffix, "ผู้เขียนวิดีโอ " + suffix);
        Path video = Files.createTempDirectory("resume-").resolve("handwashing.mp4");
        Ffmpeg.run("-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25", "-t", "10", "-c:v", "libx264", "-preset",
                "ultrafast", "-b:v", "8M", "-pix_fmt", "yuv420p", video.toString());
        long size = Files.size(video);
        assertTrue(size > 8 * MIB, "at least eight chunks: " + size);

        try (EditorBrowser author = new EditorBrowser(base)) {
            author.signIn("video-author-" + suffix, password);
            author.open("editor/item.xhtml");
            author.choose("editor:type", "วิดีโอ");
            author.type("editor:slug", "handwashing-video-" + suffix);
            author.type("editor:title", "วิดีโอล้างมือ");
            author.click("editor:save");
            author.waitFor(By.id("history-link"));
            ChromeDriver browser = (ChromeDriver) author.driver();
            browser.setNetworkConditions(slowLink(false));

            recordChunkRequests(browser);
            chooseFile(browser, video);
            author.waitForText(By.id("media:assets"), "handwashing.mp4");
            List<String> sent = chunkRequests(browser);
            List<Long> starts = sent.stream().filter(r -> r.startsWith("bytes")).map(MediaUploadBrowserIT::start).toList();
            assertEquals(java.util.stream.LongStream.range(0, 10).map(i -> i * MIB).boxed().toList(), starts,
                    "ten 1 MiB chunks, in order, each once: " + sent);
            assertTrue(sent.get(sent.size() - 1).endsWith("/" + size), "finished: " + sent);
            assertTrue(author.textOf("media:assets").contains("1280×720"), author.textOf("media:assets"));
        }
    }

    private String openAuthor(String username, String displayName) throws Exception {
        try (EditorBrowser admin = new EditorBrowser(base)) {
            admin.signInAsFirstAdministrator();
            String password = admin.openAccount(username, displayName, "ผู้เขียน");
            admin.signOut();
            return password;
        }
    }

    private static long start(String contentRange) {
        return Long.parseLong(contentRange.substring("bytes ".length(), contentRange.indexOf('-')));
    }

    private static ChromiumNetworkConditions slowLink(boolean offline) {
        return new ChromiumNetworkConditions().setOffline(offline).setLatency(Duration.ofMillis(20))
                .setUploadThroughput((int) (MIB / 2)).setDownloadThroughput((int) (4 * MIB));
    }

    private static void chooseFile(ChromeDriver browser, Path file) {
        browser.findElement(By.cssSelector("[id='media:upload'] input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    /** Notes every chunk the upload sends (its Content-Range) and every "how much arrived?" question, in order. */
    private static void recordChunkRequests(ChromeDriver browser) {
        browser.executeScript("window.portalChunks = [];"
                + "jQuery.ajaxPrefilter(function (options) {"
                + "  if (options.headers && options.headers['Content-Range']) { window.portalChunks.push(options.headers['Content-Range']); }"
                + "  else if (options.url && options.url.indexOf('upload-resume') >= 0) { window.portalChunks.push('resume'); }"
                + "});");
    }

    @SuppressWarnings("unchecked")
    private static List<String> chunkRequests(ChromeDriver browser) {
        return (List<String>) browser.executeScript("return window.portalChunks.slice();");
    }

    @Test
    void anAuthorUploadsAPictureAndSeesItReady() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100000, 36);
        String password = openAuthor("media-author-" + suffix, "ผู้เขียนสื่อ " + suffix);
        Path picture = Files.createTempFile("infographic-", ".png");
        BufferedImage image = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 102, 79));
        g.fillRect(0, 0, 1400, 900);
        g.dispose();
        ImageIO.write(image, "png", picture.toFile());

        try (EditorBrowser author = new EditorBrowser(base)) {
            author.signIn("media-author-" + suffix, password);
            author.open("editor/item.xhtml");
            author.choose("editor:type", "ภาพ");
            author.type("editor:slug", "infographic-" + suffix);
            author.type("editor:title", "ล้างมือ 7 ขั้นตอน");
            author.click("editor:save");
            author.waitFor(By.id("history-link"));
            author.driver().findElement(By.cssSelector("[id='media:upload'] input[type=file]"))
                    .sendKeys(picture.toAbsolutePath().toString());
            author.waitForText(By.id("media:assets"), "กำลังจัดทำ");
            author.waitForText(By.id("media:assets"), "พร้อมใช้"); // the poll shows it ready, no reload needed
            author.driver().findElements(By.cssSelector("[id='media:assets'] button")).stream()
                    .filter(b -> b.getText().contains("ไม่มีบุคคล")).findFirst().orElseThrow().click();
            author.waitForText(By.id("media:assets"), "ไม่มี");
            assertTrue(author.textOf("media:assets").contains("1400×900"), author.textOf("media:assets"));
        }
    }
}
