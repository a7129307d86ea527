package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.identity.application.AccountAuthentication;
import th.go.moph.healthliteracy.identity.application.AccountPasswords;
import th.go.moph.healthliteracy.identity.application.PasswordHashing;
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
    PasswordHashing hashing;

    @Inject
    AccountPasswords passwords;

    @Inject
    AccountAuthentication authentication;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void onlyTheRightCurrentPasswordAndAGoodNewOneChangeIt() throws Exception {
        String username = "pw" + Long.toString(System.nanoTime(), 36);
        String first = "the first passphrase handed over 7";
        var agency = fixtures.agency("Passwords");
        tx.begin();
        UserAccount account = UserAccount.open(em.merge(agency), username, "Malee Sukjai", null,
                hashing.hash(first.toCharArray()), Instant.now());
        account.grant(Role.AUTHOR, GrantScope.OWN_AGENCY, Instant.now());
        em.persist(account);
        tx.commit();
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
