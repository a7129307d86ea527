package th.go.moph.healthliteracy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The README's authorization matrix is the specification: every one of its cells must hold in the code. */
class AuthorizationMatrixTest {

    private static final UUID OWN = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void everyCellOfTheReadmeMatrixHolds() throws IOException {
        List<String[]> rows = matrixRows();
        assertEquals(Role.values().length * GrantScope.values().length * 2, rows.size(),
                "one row per role, scope and agency");
        List<String> mismatches = new ArrayList<>();
        for (String[] cells : rows) {
            Role role = Arrays.stream(Role.values()).filter(r -> r.securityRole().equals(cells[0])).findFirst().orElseThrow();
            GrantScope scope = cells[1].equals("own agency") ? GrantScope.OWN_AGENCY : GrantScope.ALL_AGENCIES;
            UUID target = cells[2].equals("own agency") ? OWN : OTHER;
            Actor actor = new Actor(UUID.randomUUID(), OWN, List.of(new Actor.Grant(role, scope)));
            Permission[] permissions = Permission.values();
            assertEquals(permissions.length, cells.length - 3, "one column per permission");
            for (int i = 0; i < permissions.length; i++) {
                boolean documented = cells[3 + i].equals("yes");
                if (documented != actor.may(permissions[i], target)) {
                    mismatches.add(String.join(" / ", cells[0], cells[1], cells[2], permissions[i].name()));
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void anAccountWithoutGrantsMayDoNothing() {
        Actor nobody = new Actor(UUID.randomUUID(), OWN, List.of());
        for (Permission permission : Permission.values()) {
            assertEquals(false, nobody.may(permission, OWN), permission.name());
        }
        assertEquals(java.util.Set.of(), nobody.visibleAgencies());
    }

    @Test
    void visibleAgenciesFollowTheContentGrants() {
        Actor local = new Actor(UUID.randomUUID(), OWN, List.of(new Actor.Grant(Role.AUTHOR, GrantScope.OWN_AGENCY)));
        Actor ministryWide = new Actor(UUID.randomUUID(), OWN,
                List.of(new Actor.Grant(Role.REVIEWER, GrantScope.ALL_AGENCIES)));
        assertEquals(java.util.Set.of(OWN), local.visibleAgencies());
        assertEquals(null, ministryWide.visibleAgencies());
    }

    private static List<String[]> matrixRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Authorization matrix");
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("| role |")) {
                inTable = true;
                continue;
            }
            if (inTable && line.startsWith("|---")) {
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            if (inTable) {
                rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new));
            }
        }
        return rows;
    }
}
