package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.identity.application.AccountAdministration;
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

/**
 * PDPA requests through the real services: an editor's personal data exported (account, grants, what the audit trail
 * holds of their actions), then pseudonymised — name, e-mail and username gone, the account unusable — while the
 * audit trail keeps every entry, still under the same opaque id.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

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
    AccountAdministration administration;

    @Inject
    AccountPasswords passwords;

    @Inject
    AccountAuthentication authentication;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void anEditorsDataIsExportedThenPseudonymisedAndTheAuditTrailStaysWhole() throws Exception {
        var agency = fixtures.agency("Privacy");
        String username = "pdpa" + Long.toString(System.nanoTime(), 36);
        String password = "an editor who leaves the portal 3";
        tx.begin();
        UserAccount editor = UserAccount.open(em.merge(agency), username, "Kanya Srisuk", "kanya@example.org",
                hashing.hash(password.toCharArray()), Instant.now());
        editor.grant(Role.AUTHOR, GrantScope.OWN_AGENCY, Instant.now());
        em.persist(editor);
        tx.commit();
        acting.become(Actor.of(editor));
        assertThrows(IllegalArgumentException.class, () -> passwords.change("wrong".toCharArray(),
                "a new phrase for the editor".toCharArray())); // leaves a refusal on the audit trail
        long trail = count("select count(*) from audit_event where actor_id = ?1", editor.id());
        assertTrue(trail >= 1);

        var agencyAdmin = fixtures.account(agency, Role.AGENCY_ADMIN, GrantScope.OWN_AGENCY);
        var portalAdmin = fixtures.account(agency, Role.SYSTEM_ADMIN, GrantScope.ALL_AGENCIES);
        acting.become(agencyAdmin);
        assertThrows(th.go.moph.healthliteracy.identity.domain.AccessDeniedException.class,
                () -> administration.pseudonymise(portalAdmin.accountId()),
                "an agency's administrator never disables the portal's administrators");
        assertThrows(IllegalArgumentException.class, () -> administration.deactivate(agencyAdmin.accountId()),
                "nor their own account");
        JsonObject export = Json.createReader(new StringReader(administration.exportPersonalData(editor.id())))
                .readObject();
        assertEquals(username, export.getJsonObject("account").getString("username"));
        assertEquals("kanya@example.org", export.getJsonObject("account").getString("email"));
        assertEquals(trail, export.getJsonArray("auditTrail").size(), "everything the trail holds of them");

        administration.pseudonymise(editor.id());
        tx.begin();
        UserAccount after = em.find(UserAccount.class, editor.id());
        assertTrue(after.username().startsWith("former-"), after.username());
        assertFalse(after.displayName().contains("Kanya"));
        assertNull(after.email());
        assertFalse(after.canSignIn());
        assertTrue(after.grants().isEmpty());
        tx.commit();
        assertEquals(trail, count("select count(*) from audit_event where actor_id = ?1", editor.id()),
                "the audit trail keeps every entry, under the same opaque id");
        assertFalse(authentication.checkPassword(username, password.toCharArray()).accepted());
    }

    private long count(String sql, Object parameter) throws Exception {
        tx.begin();
        try {
            return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
        } finally {
            tx.commit();
        }
    }
}
