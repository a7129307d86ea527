package th.go.moph.healthliteracy.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by chromedriver, both found on the PATH (Debian's chromium and chromium-driver) or named
 * by {@code CHROMIUM_PATH} / {@code CHROMEDRIVER_PATH}. Never downloads a browser.
 */
public final class Chromium {

    private Chromium() {
    }

    public static ChromeDriver start() throws IOException {
        Path binary = executable("CHROMIUM_PATH", "chromium", "chromium-browser", "google-chrome");
        Path driver = executable("CHROMEDRIVER_PATH", "chromedriver");
        Path profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                        "--lang=th-TH", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    private static Path executable(String variable, String... names) {
        Optional<Path> configured = Optional.ofNullable(System.getenv(variable)).filter(v -> !v.isBlank()).map(Path::of);
        if (configured.isPresent()) {
            return configured.get();
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("none of " + String.join(", ", names)
                        + " is on the PATH; install Debian's chromium and chromium-driver, or set " + variable));
    }
}
