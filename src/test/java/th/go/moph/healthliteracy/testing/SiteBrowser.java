package th.go.moph.healthliteracy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium on the citizen site, for tests that run on the client while their data is made in the container (such a
 * test class must not itself mention Selenium's types, which the container does not have).
 */
public final class SiteBrowser implements AutoCloseable {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final JavascriptExecutor js;
    private String axe;

    public SiteBrowser() throws IOException {
        this.driver = Chromium.start();
        this.js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Title → address of the items a list page (topic, audience, home) shows. */
    public Map<String, String> listedItems(String url) {
        driver.get(url);
        Map<String, String> items = new LinkedHashMap<>();
        for (WebElement link : driver.findElements(By.cssSelector(".card-title a"))) {
            items.put(link.getText(), link.getAttribute("href"));
        }
        return items;
    }

    /** The WCAG 2.1 A/AA violations axe-core finds on the open page, as JSON ("[]" when none). */
    public String wcagViolations() throws IOException {
        if (axe == null) {
            try (InputStream in = SiteBrowser.class.getResourceAsStream(
                    "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        js.executeScript(axe);
        return (String) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['" + String.join("', '", WCAG) + "']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                + " return {id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(function (n) {"
                + " return n.target.join(' ') + ': ' + n.failureSummary; })}; }))); },"
                + " function (e) { done('axe failed: ' + e); });");
    }

    /**
     * Starts the page's video muted and waits until its time passes {@code seconds}; returns how it played: its
     * player ("hls.js" when hls.js attached it), source and number of text tracks.
     */
    public Map<String, Object> playVideo(double seconds) {
        WebElement player = driver.findElement(By.id("player"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        try {
            wait.until(d -> player.getAttribute("data-player") != null);
            js.executeScript("arguments[0].muted = true; arguments[0].play();", player);
            wait.until(d -> ((Number) js.executeScript("return arguments[0].currentTime;", player)).doubleValue()
                    > seconds);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the video did not play: " + status(player.getAttribute("data-hls")) + " "
                    + js.executeScript("var v = arguments[0];"
                    + "return JSON.stringify({player: v.getAttribute('data-player'), time: v.currentTime,"
                    + " hlsError: v.getAttribute('data-player-error'),"
                    + " readyState: v.readyState, networkState: v.networkState, error: v.error && v.error.message,"
                    + " src: v.currentSrc, hls: typeof window.Hls, mse: !!window.MediaSource,"
                    + " h264: window.MediaSource && MediaSource.isTypeSupported('video/mp4; codecs=\"avc1.64001f\"'),"
                    + " nativeHls: v.canPlayType('application/vnd.apple.mpegurl')});", player), e);
        }
        return Map.of("player", player.getAttribute("data-player"),
                "source", String.valueOf(js.executeScript("return arguments[0].currentSrc;", player)),
                "tracks", js.executeScript("return arguments[0].textTracks.length;", player));
    }

    private static String status(String url) {
        try {
            var answer = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            return url + " → " + answer.statusCode() + " " + answer.body().substring(0,
                    Math.min(200, answer.body().length()));
        } catch (IOException | InterruptedException e) {
            return url + " → " + e;
        }
    }

    /** The beginning of the open page's text, to show with a failure. */
    public String pageStart() {
        String text = driver.findElement(By.tagName("body")).getText();
        return text.substring(0, Math.min(600, text.length()));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
