package th.go.moph.healthliteracy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-22T03:00:00Z");
    private final Agency ministry = Agency.register("MOPH", "กระทรวงสาธารณสุข", "Ministry of Public Health", now);

    @Test
    void usernamesAreComparedInLowerCase() {
        UserAccount account = UserAccount.open(ministry, "  Somchai.K ", "สมชาย", null, "hash", now);
        assertEquals("somchai.k", account.username());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "สมชาย", "has space", "semi;colon"})
    void refusesUsernamesOutsideTheAllowedCharacters(String username) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> UserAccount.open(ministry, username, "ชื่อ", null, "hash", now));
        assertTrue(refused.getMessage().contains("3 to 64"), refused.getMessage());
    }

    @Test
    void aGrantIsHeldOnceAndRolesAreReported() {
        UserAccount account = UserAccount.open(ministry, "reviewer1", "แพทย์ผู้ทบทวน", "doc@example.org", "hash", now);
        account.grant(Role.REVIEWER, GrantScope.ALL_AGENCIES, now);
        account.grant(Role.REVIEWER, GrantScope.ALL_AGENCIES, now.plusSeconds(60));
        account.grant(Role.AUTHOR, GrantScope.OWN_AGENCY, now);
        assertEquals(2, account.grants().size());
        assertEquals(Set.of(Role.REVIEWER, Role.AUTHOR), account.roles());
    }

    @Test
    void aNewAccountCanSignInAndRecordsWhen() {
        UserAccount account = UserAccount.open(ministry, "author1", "ผู้เขียน", null, "hash", now);
        assertTrue(account.canSignIn());
        account.recordSignIn(now.plusSeconds(5));
        assertEquals(now.plusSeconds(5), account.lastSignInAt());
    }

    @Test
    void anAccountNeedsAPasswordHashAndAName() {
        assertThrows(IllegalArgumentException.class, () -> UserAccount.open(ministry, "author2", " ", null, "hash", now));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.open(ministry, "author2", "ชื่อ", null, "", now));
        assertFalse(Role.AGENCY_ADMIN.securityRole().contains("_"));
    }

    @Test
    void anAccountASystemAdministratorDeactivatedOnlyOneReactivates() {
        UserAccount account = UserAccount.open(ministry, "author3", "ผู้เขียน", null, "hash", now);
        account.deactivate(false);
        account.reactivate(false);
        assertTrue(account.canSignIn(), "closed and opened again by its agency's administrator");

        assertFalse(account.reopenableBy(false), "open: nothing to reopen");
        account.deactivate(true);
        account.deactivate(false);
        assertTrue(account.closedFromAbove());
        assertFalse(account.reopenableBy(false));
        assertTrue(account.reopenableBy(true));
        assertThrows(AccessDeniedException.class, () -> account.reactivate(false),
                "closed from above stays closed to the agency, whoever deactivated it again");
        assertFalse(account.canSignIn());
        account.reactivate(true);
        assertTrue(account.canSignIn());
        account.deactivate(false);
        assertFalse(account.closedFromAbove());
        assertTrue(account.reopenableBy(false));
        account.reactivate(false);
        assertTrue(account.canSignIn(), "reopened from above, it is the agency's to close and open again");
    }
}
