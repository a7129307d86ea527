package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

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
import th.go.moph.healthliteracy.identity.domain.OneTimeCodes;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * Two-factor sign-in over HTTP, for an account of an agency that requires it: until it is set up, the account sees
 * only the set-up page; set up with the app's first code, it gets recovery codes; from then on a sign-in needs the
 * password and then a code — a wrong one is refused, the app's code or an unused recovery code lets it in, and a
 * recovery code works once; a sign-in begun before the account's sessions were ended (signed out everywhere) cannot
 * finish.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class TwoFactorIT {

    private static final String USERNAME = "twofactor.tester";
    private static final String PASSWORD = "a second factor for the publisher 9";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void anAccountOfAnAgencyThatRequiresTwoFactorSignIn() throws Exception {
        var agency = fixtures.agency("Two factor");
        tx.begin();
        em.createNativeQuery("update agency set two_factor_required = true where id = ?1").setParameter(1, agency.id())
                .executeUpdate();
        tx.commit();
        fixtures.accountWithPassword(agency, USERNAME, "ผู้ทดสอบ", PASSWORD, Role.AUTHOR, GrantScope.OWN_AGENCY);
    }

    @Test
    @Order(2)
    @RunAsClient
    void setUpThenSignInWithACodeOrARecoveryCode() throws Exception {
        StaffHttpClient browser = new StaffHttpClient(base, "198.51.100.231");
        assertEquals("signed in", browser.signIn(USERNAME, PASSWORD), "no second factor yet: the password alone");
        HttpResponse<String> held = browser.get("editor/");
        assertEquals(302, held.statusCode());
        assertTrue(held.headers().firstValue("Location").orElse("").endsWith("/editor/two-factor.xhtml"),
                "only the set-up page until it is set up");

        String refused = browser.submit("editor/two-factor.xhtml", "begin", Map.of("password", "not it"), "start")
                .body();
        assertTrue(!refused.contains("id=\"secret\""), "no secret without the password");
        HttpResponse<String> startedPage = browser.submit("editor/two-factor.xhtml", "begin",
                Map.of("password", PASSWORD), "start");
        String started = startedPage.body();
        Matcher secret = Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>").matcher(started);
        assertTrue(secret.find(), started);
        assertTrue(started.contains("otpauth://totp/"), "a link for the app");
        byte[] key = base32(secret.group(1));
        String confirmed = browser.submitFrom(startedPage, "editor/two-factor.xhtml", "confirm",
                Map.of("code", code(key, 0)), "confirmCode").body();
        List<String> recovery = new ArrayList<>();
        Matcher codes = Pattern.compile("<code>([A-Z2-7]{5}-[A-Z2-7]{5})</code>").matcher(confirmed);
        while (codes.find()) {
            recovery.add(codes.group(1));
        }
        assertEquals(10, recovery.size(), confirmed);
        assertEquals(200, browser.get("editor/").statusCode(), "set up: the editor opens");

        StaffHttpClient phone = new StaffHttpClient(base, "198.51.100.232");
        String asked = phone.signIn(USERNAME, PASSWORD);
        assertTrue(asked.contains("second:code"), "the password is not enough any more");
        assertTrue(secondStep(phone, "000000").contains("That code is not right"), "a wrong code");
        assertEquals("signed in", secondStep(phone, code(key, 1)), "the app's next code");

        StaffHttpClient laptop = new StaffHttpClient(base, "198.51.100.233");
        laptop.signIn(USERNAME, PASSWORD);
        assertEquals("signed in", secondStep(laptop, recovery.get(0).toLowerCase()), "a recovery code");
        StaffHttpClient again = new StaffHttpClient(base, "198.51.100.234");
        again.signIn(USERNAME, PASSWORD);
        assertTrue(!"signed in".equals(secondStep(again, recovery.get(0))), "a recovery code works once");

        StaffHttpClient stale = new StaffHttpClient(base, "198.51.100.235");
        assertTrue(stale.signIn(USERNAME, PASSWORD).contains("second:code"));
        browser.submit("editor/", "session", Map.of(), "signoutEverywhere");
        String ended = secondStep(stale, recovery.get(1));
        assertTrue(ended.contains("please sign in again"), "a sign-in begun before the account's sessions were ended"
                + " does not finish, whatever the code: " + ended);
        StaffHttpClient fresh = new StaffHttpClient(base, "198.51.100.236");
        assertTrue(fresh.signIn(USERNAME, PASSWORD).contains("second:code"));
        assertEquals("signed in", secondStep(fresh, recovery.get(1)),
                "one begun afterwards does, with the recovery code the refused one did not use up");
    }

    private static String secondStep(StaffHttpClient client, String code) throws Exception {
        HttpResponse<String> answer = client.submit("signin.xhtml?lang=en", "second", Map.of("code", code), "verify");
        return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("/editor/")
                ? "signed in" : answer.body();
    }

    /** The app's code {@code stepsAhead} steps from now (one step ahead is within the accepted drift). */
    private static String code(byte[] key, int stepsAhead) {
        return String.format("%06d", OneTimeCodes.codeAt(key, Instant.now().getEpochSecond() / 30 + stepsAhead));
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
