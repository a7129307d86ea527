package th.go.moph.healthliteracy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.go.moph.healthliteracy.testing.ReadmeMatrix;
import th.go.moph.healthliteracy.testing.ReadmeMatrix.Cell;

/** The README's authorization matrix is the specification: every one of its cells must hold in the code. */
class AuthorizationMatrixTest {

    private static final UUID OWN = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void everyCellOfTheReadmeMatrixHolds() {
        List<Cell> cells = ReadmeMatrix.cells(Path.of("README.md"));
        assertEquals(Role.values().length * GrantScope.values().length * 2 * Permission.values().length, cells.size(),
                "one row per role, scope and agency; one column per permission");
        List<Cell> mismatches = cells.stream().filter(cell -> {
            Actor actor = new Actor(UUID.randomUUID(), OWN, List.of(new Actor.Grant(cell.role(), cell.scope())));
            UUID target = cell.target() == ReadmeMatrix.Target.OWN_AGENCY ? OWN : OTHER;
            return actor.may(cell.permission(), target) != cell.allowed();
        }).toList();
        assertEquals(List.of(), mismatches);
    }

    @Test
    void anAccountWithoutGrantsMayDoNothing() {
        Actor nobody = new Actor(UUID.randomUUID(), OWN, List.of());
        for (Permission permission : Permission.values()) {
            assertEquals(false, nobody.may(permission, OWN), permission.name());
        }
        assertEquals(Set.of(), nobody.visibleAgencies());
    }

    @Test
    void visibleAgenciesFollowTheContentGrants() {
        Actor local = new Actor(UUID.randomUUID(), OWN, List.of(new Actor.Grant(Role.AUTHOR, GrantScope.OWN_AGENCY)));
        Actor ministryWide = new Actor(UUID.randomUUID(), OWN,
                List.of(new Actor.Grant(Role.REVIEWER, GrantScope.ALL_AGENCIES)));
        assertEquals(Set.of(OWN), local.visibleAgencies());
        assertEquals(null, ministryWide.visibleAgencies());
    }
}
