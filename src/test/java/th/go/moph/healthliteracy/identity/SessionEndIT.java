package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

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

import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * "Sign out everywhere" over HTTP: the same account signed in from two browsers; signing out everywhere from one ends
 * the other's session at its next request, and a fresh sign-in works again.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class SessionEndIT {

    private static final String USERNAME = "sessions.tester";
    private static final String PASSWORD = "two browsers one account 42";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void anAccountExists() {
        fixtures.accountWithPassword(fixtures.agency("Sessions"), USERNAME, "ผู้ทดสอบ", PASSWORD, Role.AUTHOR,
                GrantScope.OWN_AGENCY);
    }

    @Test
    @Order(2)
    @RunAsClient
    void signingOutEverywhereEndsTheOtherBrowsersSession() throws Exception {
        StaffHttpClient phone = new StaffHttpClient(base, "198.51.100.201");
        StaffHttpClient office = new StaffHttpClient(base, "198.51.100.202");
        assertEquals("signed in", phone.signIn(USERNAME, PASSWORD));
        assertEquals("signed in", office.signIn(USERNAME, PASSWORD));
        assertEquals(200, office.get("editor/").statusCode());
        StaffHttpClient tablet = new StaffHttpClient(base, "198.51.100.203");
        assertEquals("signed in", tablet.signIn(USERNAME, PASSWORD));

        HttpResponse<String> out = phone.submit("editor/", "session", Map.of(), "signoutEverywhere");
        assertEquals(302, out.statusCode(), out.body());

        HttpResponse<String> script = tablet.ajaxGet("editor/items.xhtml");
        assertEquals(200, script.statusCode(), "a page's script does not follow a 302");
        assertTrue(script.body().contains("<redirect url=\"") && script.body().contains("signin.xhtml?ended=true"),
                script.body());
        HttpResponse<String> ended = office.get("editor/");
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("signin.xhtml?ended=true"),
                ended.headers().toString());
        assertEquals(302, office.get("editor/").statusCode(), "and it stays ended");

        assertEquals("signed in", office.signIn(USERNAME, PASSWORD), "a fresh sign-in works");
        assertEquals(200, office.get("editor/").statusCode());
    }
}
