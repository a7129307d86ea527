package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.identity.application.AccountAuthentication;
import th.go.moph.healthliteracy.identity.application.AccountPasswords;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** An editor changes their password through the real service: the current one first, then only a good new one. */
@ExtendWith(ArquillianExtension.class)
class PasswordChangeIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ActingAs acting;

    @Inject
    AccountPasswords passwords;

    @Inject
    AccountAuthentication authentication;

    @Test
    void onlyTheRightCurrentPasswordAndAGoodNewOneChangeIt() throws Exception {
        String username = "pw" + Long.toString(System.nanoTime(), 36);
        String first = "the first passphrase handed over 7";
        UserAccount account = fixtures.accountWithPassword(fixtures.agency("Passwords"), username, "Malee Sukjai",
                first, Role.AUTHOR, GrantScope.OWN_AGENCY);
        acting.become(Actor.of(account));

        IllegalArgumentException wrongCurrent = assertThrows(IllegalArgumentException.class,
                () -> passwords.change("not it".toCharArray(), "river market mango sticky rice".toCharArray()));
        assertTrue(wrongCurrent.getMessage().contains("current password is not correct"));
        IllegalArgumentException weak = assertThrows(IllegalArgumentException.class,
                () -> passwords.change(first.toCharArray(), "password1234".toCharArray()));
        assertTrue(weak.getMessage().contains("most common passwords"), weak.getMessage());
        IllegalArgumentException personal = assertThrows(IllegalArgumentException.class,
                () -> passwords.change(first.toCharArray(), "malee-loves-the-portal-2026".toCharArray()));
        assertTrue(personal.getMessage().contains("not your username or name"), personal.getMessage());

        String chosen = "river market mango sticky rice";
        passwords.change(first.toCharArray(), chosen.toCharArray());
        assertTrue(authentication.checkPassword(username, chosen.toCharArray()).accepted(), "the new password works");
        assertFalse(authentication.checkPassword(username, first.toCharArray()).accepted(), "the old one no longer does");
    }
}
