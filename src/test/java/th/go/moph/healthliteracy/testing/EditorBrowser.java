package th.go.moph.healthliteracy.testing;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person at the editor in Chromium: signs in and out, fills PrimeFaces widgets as a user would. */
public final class EditorBrowser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    public EditorBrowser(URL base) throws IOException {
        this.driver = Chromium.start();
        this.base = base.toString();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String username, String password) {
        open("signin.xhtml");
        type("signin:username", username);
        type("signin:password", password);
        click("signin:submit");
        waitFor(By.id("session:signout"));
    }

    /** Signs in as the first administrator, with the password the portal wrote to its data directory. */
    public void signInAsFirstAdministrator() throws IOException {
        java.util.Properties first = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(
                System.getProperty("portal.test.dataDir"), "first-administrator.txt"))) {
            first.load(in);
        }
        signIn(first.getProperty("username"), first.getProperty("password"));
    }

    /** As an administrator: opens an account with one role (its Thai label) and returns its one-time password. */
    public String openAccount(String username, String displayName, String roleLabel) {
        open("admin/users.xhtml");
        type("open:username", username);
        type("open:displayName", displayName);
        click("open:openAccount");
        waitForText(By.id("opened-username"), username);
        String password = textOf("opened-password");
        choose("grant:account", username);
        choose("grant:role", roleLabel);
        click("grant:grantRole");
        waitForText(By.id("accounts"), username);
        return password;
    }

    public void signOut() {
        click("session:signout");
        wait.until(ExpectedConditions.urlContains("signedOut=true"));
    }

    public void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String textOf(String id) {
        return waitFor(By.id(id)).getText();
    }

    public void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Chooses the option with this label in a PrimeFaces selectOneMenu (its native select is what the form posts). */
    public void choose(String selectOneMenuId, String label) {
        Object found = ((JavascriptExecutor) driver).executeScript(
                "var s = document.getElementById(arguments[0] + '_input');"
                        + "for (var i = 0; i < s.options.length; i++) { if (s.options[i].text.trim() === arguments[1]) {"
                        + " s.selectedIndex = i; s.dispatchEvent(new Event('change')); return true; } } return false;",
                selectOneMenuId, label);
        if (!Boolean.TRUE.equals(found)) {
            throw new IllegalStateException("no option '" + label + "' in " + selectOneMenuId);
        }
    }

    /** Ticks the checkbox with this label in a PrimeFaces selectManyCheckbox. */
    public void tick(String label) {
        waitFor(By.xpath("//label[normalize-space(.)='" + label + "']")).click();
    }

    /** Types a date or date-time into a PrimeFaces datePicker. */
    public void date(String datePickerId, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0] + '_input').value = arguments[1];", datePickerId, value);
    }

    /** Writes into a PrimeFaces textEditor (Quill) as typing does. */
    public void write(String textEditorId, String text) {
        WebElement editor = waitFor(By.cssSelector("[id='" + textEditorId + "_editor'] .ql-editor"));
        editor.click();
        editor.sendKeys(text);
    }

    /** Clicks a button guarded by p:confirm, then the dialog's confirmation. */
    public void clickConfirmed(String id) {
        click(id);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
