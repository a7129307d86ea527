package th.go.moph.healthliteracy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import th.go.moph.healthliteracy.testing.EditorBrowser;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/**
 * The search status screen in Chromium: the administrator sees the outbox and both live indices built by the current
 * definition, asks for a rebuild (confirmed in a dialog), and is told it started; the editor's search page answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchAdminBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorSeesTheIndicesAndStartsARebuild() throws Exception {
        try (EditorBrowser admin = new EditorBrowser(base)) {
            admin.signInAsFirstAdministrator();
            admin.open("admin/search.xhtml");
            admin.waitFor(By.id("pending"));
            List<WebElement> rows = admin.driver().findElements(By.cssSelector("table.diff tbody tr"));
            assertEquals(2, rows.size(), "the public and the editorial index");
            assertTrue(rows.stream().allMatch(r -> r.getText().contains("เป็นปัจจุบัน")), "built by this definition");

            admin.clickConfirmed("rebuild:start");
            admin.waitForText(By.id("messages"), "เริ่มสร้างดัชนีใหม่แล้ว");

            admin.open("editor/search.xhtml?q=" + java.net.URLEncoder.encode("ไข้เลือดออก", "UTF-8"));
            admin.waitForText(By.tagName("main"), "พบ");
        }
    }
}
