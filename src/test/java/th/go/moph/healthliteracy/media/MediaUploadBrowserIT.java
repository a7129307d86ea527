package th.go.moph.healthliteracy.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import th.go.moph.healthliteracy.testing.EditorBrowser;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** An author uploads an infographic in Chromium, keeps working while its renditions are made, and records consent. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaUploadBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAuthorUploadsAPictureAndSeesItReady() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100000, 36);
        String password;
        try (EditorBrowser admin = new EditorBrowser(base)) {
            admin.signInAsFirstAdministrator();
            password = admin.openAccount("media-author-" + suffix, "ผู้เขียนสื่อ " + suffix, "ผู้เขียน");
            admin.signOut();
        }
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
