package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

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

import th.go.moph.healthliteracy.identity.application.AccountAdministration;
import th.go.moph.healthliteracy.identity.application.AccountAdministration.ManagedAccount;
import th.go.moph.healthliteracy.identity.application.AccountAuthentication;
import th.go.moph.healthliteracy.identity.application.AccountPasswords;
import th.go.moph.healthliteracy.identity.application.TwoFactor;
import th.go.moph.healthliteracy.identity.domain.AccessDeniedException;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.identity.domain.UserAccount;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * When a person loses their way in: an administrator unlocks a locked username, resets a lost second factor (the
 * sessions end, and the account sets one up again) and reactivates a deactivated account — never a pseudonymised one,
 * one a system administrator deactivated only as a system administrator, and an agency's administrator never for an
 * account with grants over all agencies. Retyping the password (to change it) is throttled like signing in, and
 * changing it ends the account's other sessions but not the one that changed it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class AccountRecoveryIT {

    private static final String CHANGER = "changer.of.passwords";
    private static final String FIRST = "an old passphrase to replace 4";
    private static final String SECOND = "lotus pond morning market bicycle";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ActingAs acting;

    @Inject
    AccountAdministration administration;

    @Inject
    AccountAuthentication authentication;

    @Inject
    AccountPasswords passwords;

    @Inject
    TwoFactor twoFactor;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void anAdministratorUnlocksResetsAndReactivates() throws Exception {
        Agency agency = fixtures.agency("Recovery");
        String password = "the password of a forgetful editor 2";
        String username = "forgetful" + Long.toString(System.nanoTime(), 36);
        UserAccount editor = fixtures.accountWithPassword(agency, username, "ผู้ลืม", password, Role.PUBLISHER,
                GrantScope.OWN_AGENCY);
        Actor admin = fixtures.account(agency, Role.AGENCY_ADMIN, GrantScope.OWN_AGENCY);

        for (int i = 0; i < 6; i++) { // the tests' lock comes at the sixth failure
            authentication.checkPassword(username, "wrong guess".toCharArray());
        }
        assertFalse(authentication.checkPassword(username, password.toCharArray()).accepted(), "locked");
        acting.become(admin);
        administration.unlock(editor.id());
        assertTrue(authentication.checkPassword(username, password.toCharArray()).accepted(), "unlocked");

        acting.become(Actor.of(editor));
        twoFactor.begin(password.toCharArray());
        execute("update user_account set totp_enabled_at = now(), sessions_revoked_at = null where id = ?1", editor);
        assertTrue(twoFactor.enabled(editor.id()));
        acting.become(admin);
        administration.resetSecondFactor(editor.id());
        assertFalse(twoFactor.enabled(editor.id()), "the lost authenticator no longer counts");
        assertTrue(query("select sessions_revoked_at is not null from user_account where id = ?1", editor),
                "and the account's sessions end");

        administration.deactivate(editor.id());
        assertFalse(authentication.checkPassword(username, password.toCharArray()).accepted(), "deactivated");
        administration.reactivate(editor.id());
        assertTrue(authentication.checkPassword(username, password.toCharArray()).accepted(), "reactivated");

        Actor systemAdmin = fixtures.account(agency, Role.SYSTEM_ADMIN, GrantScope.ALL_AGENCIES);
        acting.become(systemAdmin);
        administration.deactivate(editor.id());
        acting.become(admin);
        assertThrows(AccessDeniedException.class, () -> administration.reactivate(editor.id()),
                "an account a system administrator deactivated stays closed to its agency's administrator");
        assertFalse(authentication.checkPassword(username, password.toCharArray()).accepted());
        ManagedAccount listed = listed(editor);
        assertTrue(listed.closedFromAbove() && !listed.reactivatable(), "and the Users page offers no Reactivate");
        acting.become(systemAdmin);
        assertTrue(listed(editor).reactivatable(), "but offers it to a system administrator");
        administration.reactivate(editor.id());
        assertTrue(authentication.checkPassword(username, password.toCharArray()).accepted(), "until one reopens it");
        acting.become(admin);

        administration.pseudonymise(editor.id());
        assertThrows(IllegalStateException.class, () -> administration.reactivate(editor.id()),
                "a person who asked to be forgotten stays forgotten");

        Actor ministryWide = fixtures.account(agency, Role.REVIEWER, GrantScope.ALL_AGENCIES);
        assertThrows(AccessDeniedException.class, () -> administration.resetSecondFactor(ministryWide.accountId()),
                "an agency's administrator does not reset an account that reaches every agency");
        assertTrue(query("select count(*) = 4 from audit_event where subject_id = cast(?1 as text) and action in"
                + " ('SIGN_IN_UNLOCKED', 'SECOND_FACTOR_RESET', 'ACCOUNT_REACTIVATED')", editor), "on the trail");
    }

    @Test
    @Order(2)
    void retypingThePasswordIsThrottledLikeSigningIn() {
        String username = "retyper" + Long.toString(System.nanoTime(), 36);
        String password = "a passphrase typed once too often 9";
        UserAccount account = fixtures.accountWithPassword(fixtures.agency("Retyping"), username, "ผู้พิมพ์ซ้ำ",
                password, Role.AUTHOR, GrantScope.OWN_AGENCY);
        acting.become(Actor.of(account));
        for (int i = 0; i < 6; i++) {
            assertThrows(IllegalArgumentException.class,
                    () -> passwords.change("a guess".toCharArray(), SECOND.toCharArray()));
        }
        IllegalArgumentException locked = assertThrows(IllegalArgumentException.class,
                () -> passwords.change(password.toCharArray(), SECOND.toCharArray()));
        assertTrue(locked.getMessage().contains("not correct"), "even the right one, while locked");
        assertFalse(authentication.checkPassword(username, password.toCharArray()).accepted(),
                "and the guesses locked signing in too");
    }

    @Test
    @Order(3)
    void anEditorWhoChangesTheirPassword() {
        fixtures.accountWithPassword(fixtures.agency("Two devices"), CHANGER, "ผู้เปลี่ยนรหัส", FIRST, Role.AUTHOR,
                GrantScope.OWN_AGENCY);
    }

    @Test
    @Order(4)
    @RunAsClient
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        StaffHttpClient laptop = new StaffHttpClient(base, "198.51.100.71");
        StaffHttpClient phone = new StaffHttpClient(base, "198.51.100.72");
        assertEquals("signed in", laptop.signIn(CHANGER, FIRST));
        assertEquals("signed in", phone.signIn(CHANGER, FIRST));
        HttpResponse<String> changed = laptop.submit("editor/password.xhtml", "password",
                Map.of("current", FIRST, "chosen", SECOND, "repeated", SECOND), "change");
        assertFalse(changed.body().contains("ui-messages-error"), changed.body());
        assertEquals(200, laptop.get("editor/").statusCode(), "the session that changed it goes on");
        HttpResponse<String> other = phone.get("editor/");
        assertEquals(302, other.statusCode());
        assertTrue(other.headers().firstValue("Location").orElse("").contains("ended=true"), "the other one ended");
        assertEquals("signed in", new StaffHttpClient(base, "198.51.100.73").signIn(CHANGER, SECOND));
    }

    private void execute(String sql, UserAccount account) throws Exception {
        tx.begin();
        em.createNativeQuery(sql).setParameter(1, account.id()).executeUpdate();
        tx.commit();
    }

    private boolean query(String sql, UserAccount account) throws Exception {
        tx.begin();
        try {
            List<?> rows = em.createNativeQuery(sql).setParameter(1, account.id()).getResultList();
            return Boolean.TRUE.equals(rows.get(0));
        } finally {
            tx.commit();
        }
    }

    private ManagedAccount listed(UserAccount account) {
        return administration.accountsIManage().stream().filter(a -> a.id().equals(account.id())).findFirst()
                .orElseThrow();
    }
}
