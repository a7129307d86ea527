package th.go.moph.healthliteracy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.Writer;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * Drafts over HTTP: an author of one agency opens their agency's draft in the editor, and is refused another agency's
 * with 403 — the draft's words nowhere in the answer — as the service refuses it (the matrix's "view content").
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class ItemAccessHttpIT {

    private static final String USERNAME = "access.tester";
    private static final String PASSWORD = "drafts of my own agency only 5";
    private static final String FILE = "item-access-it.properties";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ContentLibrary library;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoAgenciesWithADraftEach() throws Exception {
        var own = fixtures.agency("Own drafts");
        var other = fixtures.agency("Other drafts");
        String topic = fixtures.topic("dengue", "ไข้เลือดออก", "Dengue");
        String mine = "ร่างของเรา " + UUID.randomUUID();
        String theirs = "ร่างลับของหน่วยงานอื่น " + UUID.randomUUID();
        UUID ownItem = library.draft(own, "th", ContentLibrary.article(mine, "สรุป", "<p>เนื้อหา</p>", topic,
                Audience.ADULTS));
        UUID otherItem = library.draft(other, "th", ContentLibrary.article(theirs, "สรุป", "<p>เนื้อหา</p>", topic,
                Audience.ADULTS));
        fixtures.accountWithPassword(own, USERNAME, "ผู้ทดสอบ", PASSWORD, Role.AUTHOR, GrantScope.OWN_AGENCY);
        Properties shared = new Properties();
        shared.setProperty("ownItem", ownItem.toString());
        shared.setProperty("ownTitle", mine);
        shared.setProperty("otherItem", otherItem.toString());
        shared.setProperty("otherTitle", theirs);
        try (Writer out = Files.newBufferedWriter(Path.of(System.getProperty("DATA_DIR"), FILE))) {
            shared.store(out, "for the client steps of ItemAccessHttpIT");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAuthorOpensTheirAgencysDraftAndIsRefusedAnothers() throws Exception {
        Properties shared = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("portal.test.dataDir"), FILE))) {
            shared.load(in);
        }
        StaffHttpClient author = new StaffHttpClient(base, "198.51.100.241");
        assertEquals("signed in", author.signIn(USERNAME, PASSWORD));

        HttpResponse<String> own = author.get("editor/item.xhtml?id=" + shared.getProperty("ownItem"));
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(shared.getProperty("ownTitle")), "their own agency's draft");

        HttpResponse<String> other = author.get("editor/item.xhtml?id=" + shared.getProperty("otherItem"));
        assertEquals(403, other.statusCode(), other.body());
        assertFalse(other.body().contains(shared.getProperty("otherTitle")), "not a word of another agency's draft");
        assertFalse(author.get("editor/history.xhtml?id=" + shared.getProperty("otherItem")).body()
                .contains(shared.getProperty("otherTitle")), "nor in its history");
    }
}
