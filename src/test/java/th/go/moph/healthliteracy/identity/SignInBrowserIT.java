package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import th.go.moph.healthliteracy.identity.application.FirstAdministrator;
import th.go.moph.healthliteracy.testing.Chromium;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** An editor signs in through the real page in Chromium, sees the signed-in state, and signs out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFirstAdministratorSignsInAndOut() throws Exception {
        Properties credentials = new Properties();
        try (var in = Files.newBufferedReader(Path.of(System.getProperty("portal.test.dataDir"),
                FirstAdministrator.CREDENTIALS_FILE))) {
            credentials.load(in);
        }
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(base + "editor/");
        wait.until(ExpectedConditions.urlContains("signin.xhtml"));
        assertEquals("th", browser.findElement(By.tagName("html")).getAttribute("lang"));

        browser.findElement(By.id("signin:username")).sendKeys(credentials.getProperty("username"));
        browser.findElement(By.id("signin:password")).sendKeys("not the password");
        browser.findElement(By.id("signin:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signin:messages"),
                "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"));

        browser.findElement(By.id("signin:username")).clear();
        browser.findElement(By.id("signin:username")).sendKeys(credentials.getProperty("username"));
        browser.findElement(By.id("signin:password")).sendKeys(credentials.getProperty("password"));
        browser.findElement(By.id("signin:submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        String signedIn = browser.findElement(By.id("signed-in-as")).getText();
        assertTrue(signedIn.contains("(admin)"), signedIn);
        assertTrue(browser.getCurrentUrl().endsWith("/editor/"), browser.getCurrentUrl());

        browser.findElement(By.id("session:signout")).click();
        wait.until(ExpectedConditions.urlContains("signedOut=true"));
        browser.get(base + "editor/");
        wait.until(ExpectedConditions.urlContains("signin.xhtml"));
    }
}
