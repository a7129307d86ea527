package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * The sign-in throttle through the real sign-in page, over HTTP: repeated wrong passwords slow down and then lock the
 * username (the right password is refused while it is locked), other usernames are not affected, and too many
 * failures from one address block the address. The test deployment runs with {@code SIGN_IN_LOCK_AFTER=6},
 * {@code SIGN_IN_DELAY_BASE_MS=50} and {@code SIGN_IN_ADDRESS_LIMIT=20}; each step comes from an address of its own,
 * forwarded by the trusted local proxy.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class SignInThrottleIT {

    private static final String USERNAME = "throttle.tester";
    private static final String OTHER = "throttle.other";
    private static final String PASSWORD = "a long and correct passphrase 42";

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
    void twoAccountsExist() {
        var agency = fixtures.agency("Throttle");
        for (String username : new String[] {USERNAME, OTHER}) {
            fixtures.accountWithPassword(agency, username, "ผู้ทดสอบ", PASSWORD, Role.AUTHOR, GrantScope.OWN_AGENCY);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void repeatedFailuresSlowDownThenLockTheUsername() throws Exception {
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        for (int attempt = 1; attempt <= 6; attempt++) {
            String page = signIn(USERNAME, "wrong password " + attempt, address);
            assertTrue(page.contains("The username or password is not correct") || page.contains("Too many"),
                    "attempt " + attempt);
            Thread.sleep(1000); // longer than the progressive delay before the lock (50 ms doubling)
        }
        String locked = signIn(USERNAME, PASSWORD, address);
        assertTrue(locked.contains("Too many failed sign-ins"), "the right password is refused while locked");
        String lockedElsewhere = signIn(USERNAME, PASSWORD, "203.0.113.77");
        assertTrue(lockedElsewhere.contains("Too many failed sign-ins"), "the lock is the username's, from anywhere");
        assertEquals("signed in", signIn(OTHER, PASSWORD, "203.0.113.78"), "another username is not affected");
    }

    @Test
    @Order(3)
    @RunAsClient
    void tooManyFailuresFromOneAddressBlockTheAddress() throws Exception {
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        for (int attempt = 1; attempt <= 20; attempt++) {
            signIn("nobody-" + UUID.randomUUID().toString().substring(0, 8), "guess " + attempt, address);
        }
        String blocked = signIn(OTHER, PASSWORD, address);
        assertTrue(blocked.contains("Too many failed sign-ins"), "even a right password, from that address");
        assertEquals("signed in", signIn(OTHER, PASSWORD, "192.0.2.251".equals(address) ? "192.0.2.252"
                : "192.0.2.251"), "from another address it works");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aFloodOfSignInPostsFromOneAddressIsTurnedAwayBeforeAnyCheck() throws Exception {
        StaffHttpClient flood = new StaffHttpClient(base, "203.0.113.77");
        int answered = 0;
        java.net.http.HttpResponse<String> last = null;
        for (int post = 1; post <= 200; post++) { // the tests allow 120 a minute, refilled as it goes
            last = flood.submit("signin.xhtml?lang=en", "signin", java.util.Map.of("username", "", "password", ""),
                    "submit");
            if (last.statusCode() == 429) {
                break;
            }
            answered++;
        }
        assertEquals(429, last.statusCode(), "the flood was never stopped");
        assertTrue(answered >= 110, "stopped too early: after " + answered);
        assertTrue(last.headers().firstValue("Retry-After").isPresent(), "with when to come back");
        assertEquals("signed in", signIn(OTHER, PASSWORD, "203.0.113.78"), "another address signs in");
    }

    /** One sign-in through the page, from its own browser: its text, or "signed in" when it went to the editor. */
    private String signIn(String username, String password, String forwardedFor) throws Exception {
        return new StaffHttpClient(base, forwardedFor).signIn(username, password);
    }
}
