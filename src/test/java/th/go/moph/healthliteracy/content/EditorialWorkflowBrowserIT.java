package th.go.moph.healthliteracy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;

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

/**
 * The editorial workflow in Chromium through the real pages: the administrator sets up a topic and three colleagues;
 * an author writes a Thai article and sends it for review; a reviewer reads the diff and approves with a note; a
 * publisher publishes; the audit screen shows all of it. Then two authors edit the same item and the second gets the
 * conflict, with what changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorialWorkflowBrowserIT {

    private static final String TITLE = "ไข้เลือดออก ป้องกันได้ด้วย 3 เก็บ";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void authorReviewerPublisherAndTheAuditTrail() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100000, 36);
        Map<String, String> passwords;
        try (EditorBrowser admin = new EditorBrowser(base)) {
            admin.signInAsFirstAdministrator();
            admin.open("admin/topics.xhtml");
            if (admin.driver().getPageSource().contains(">dengue<")) {
                // added by an earlier run against the same database
            } else {
                admin.type("topic:code", "dengue");
                admin.type("topic:labelTh", "ไข้เลือดออก");
                admin.type("topic:labelEn", "Dengue");
                admin.click("topic:add");
                admin.waitForText(By.id("topics"), "ไข้เลือดออก");
            }
            passwords = Map.of(
                    "author", admin.openAccount("author-" + suffix, "ผู้เขียน " + suffix, "ผู้เขียน"),
                    "author2", admin.openAccount("author2-" + suffix, "ผู้เขียนคนที่สอง " + suffix, "ผู้เขียน"),
                    "reviewer", admin.openAccount("reviewer-" + suffix, "แพทย์ผู้ตรวจทาน " + suffix, "ผู้ตรวจทานทางการแพทย์"),
                    "publisher", admin.openAccount("publisher-" + suffix, "ผู้เผยแพร่ " + suffix, "ผู้เผยแพร่"));
            admin.signOut();
        }

        String itemUrl;
        try (EditorBrowser author = new EditorBrowser(base)) {
            author.signIn("author-" + suffix, passwords.get("author"));
            author.open("editor/item.xhtml");
            author.type("editor:slug", "dengue-3-keep-" + suffix);
            author.type("editor:title", TITLE);
            author.type("editor:summary", "วิธีป้องกันไข้เลือดออกสำหรับทุกครอบครัว");
            author.write("editor:body", "เก็บบ้าน เก็บขยะ เก็บน้ำ ไม่ให้ยุงลายวางไข่");
            author.tick("ไข้เลือดออก");
            author.tick("วัยทำงาน (19-59 ปี)");
            author.choose("editor:licence", "CC BY 4.0");
            author.type("editor:attribution", "กรมควบคุมโรค");
            author.date("editor:nextReviewDue", LocalDate.now().plusYears(3).toString());
            author.click("editor:addCitation");
            author.type("editor:citations:0:citationTitle", "กรมควบคุมโรค: ไข้เลือดออก");
            author.type("editor:citations:0:citationUrl", "https://ddc.moph.go.th/");
            author.click("editor:save");
            author.waitFor(By.id("history-link"));
            itemUrl = author.driver().getCurrentUrl();
            assertTrue(itemUrl.contains("item.xhtml?id="), itemUrl);
            author.click("workflow:submit");
            author.waitForText(By.id("state"), "รอตรวจทาน");
            author.click("workflow:preview");
            String preview = author.waitFor(By.id("preview-url")).getAttribute("href");
            author.signOut();
            author.driver().get(preview); // no account needed: the signed link is the permission
            author.waitForText(By.id("preview-title"), TITLE);
            String page = author.driver().getPageSource();
            assertTrue(page.contains("ยังไม่ได้เผยแพร่"), "the preview says it is not published");
            assertTrue(!page.contains("ผู้เขียน " + suffix), "no editor's name on a page a citizen could see");
            author.driver().get(preview.replaceAll("signature=[0-9a-f]+", "signature=" + "0".repeat(64)));
            assertTrue(!author.driver().getPageSource().contains(TITLE), "a tampered link shows nothing");
        }

        try (EditorBrowser reviewer = new EditorBrowser(base)) {
            reviewer.signIn("reviewer-" + suffix, passwords.get("reviewer"));
            reviewer.waitForText(By.id("awaiting-review"), TITLE);
            reviewer.waitFor(By.linkText(TITLE)).click();
            reviewer.waitForText(By.id("comparing"), "1 → 1");
            assertTrue(reviewer.driver().getPageSource().contains("เก็บบ้าน เก็บขยะ เก็บน้ำ"));
            reviewer.type("decision:note", "ตรงตามแนวทางของกรมควบคุมโรค");
            reviewer.clickConfirmed("decision:approve");
            reviewer.waitForText(By.id("state"), "อนุมัติแล้ว");
            reviewer.signOut();
        }

        try (EditorBrowser publisher = new EditorBrowser(base)) {
            publisher.signIn("publisher-" + suffix, passwords.get("publisher"));
            publisher.driver().get(itemUrl);
            publisher.click("publication:publish");
            publisher.waitForText(By.id("status"), "เผยแพร่อยู่");
            publisher.signOut();
        }

        try (EditorBrowser admin = new EditorBrowser(base)) {
            admin.signInAsFirstAdministrator();
            String itemId = itemUrl.substring(itemUrl.indexOf("id=") + 3);
            admin.open("admin/audit.xhtml");
            admin.type("audit:subject", itemId);
            admin.click("audit:filter");
            for (String action : new String[] {"CONTENT_CREATED", "CONTENT_SUBMITTED", "REVIEW_APPROVED", "CONTENT_PUBLISHED"}) {
                admin.waitForText(By.id("audit:lines"), action);
            }
            admin.signOut();
        }

        try (EditorBrowser first = new EditorBrowser(base); EditorBrowser second = new EditorBrowser(base)) {
            first.signIn("author-" + suffix, passwords.get("author"));
            second.signIn("author2-" + suffix, passwords.get("author2"));
            first.driver().get(itemUrl);
            second.driver().get(itemUrl);
            first.type("editor:title", TITLE + " (ปรับปรุง)");
            first.click("editor:save");
            first.waitForText(By.id("state"), "ฉบับร่าง");
            second.type("editor:summary", "สรุปที่แก้จากหน้าต่างเก่า");
            second.click("editor:save");
            second.waitFor(By.id("editor:conflict"));
            String conflict = second.textOf("editor:conflict");
            assertTrue(conflict.contains("(ปรับปรุง)"), conflict);
            assertEquals(1, second.driver().findElements(By.cssSelector("#editor\\:conflict ins")).size());
        }
    }
}
