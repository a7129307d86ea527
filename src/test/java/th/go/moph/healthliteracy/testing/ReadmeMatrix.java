package th.go.moph.healthliteracy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.identity.domain.Role;

/**
 * The README's authorization matrix, read as the specification it is: one {@link Cell} per role, grant scope, agency
 * of the item or user, and permission — whether the README says it is allowed.
 */
public final class ReadmeMatrix {

    /** Whose item or user a cell is about, seen from the account's own agency. */
    public enum Target {
        OWN_AGENCY("own agency"), ANOTHER_AGENCY("another agency");

        private final String label;

        Target(String label) {
            this.label = label;
        }
    }

    /** One cell of the table. */
    public record Cell(Role role, GrantScope scope, Target target, Permission permission, boolean allowed) {

        /** The row's key: role, scope and target, e.g. {@code publisher.ALL_AGENCIES.ANOTHER_AGENCY}. */
        public String row() {
            return role.securityRole() + "." + scope + "." + target;
        }

        @Override
        public String toString() {
            return role.securityRole() + " · " + (scope == GrantScope.OWN_AGENCY ? "own agency" : "all agencies")
                    + " · " + target.label + " · " + permission.name().toLowerCase().replace('_', ' ') + ": "
                    + (allowed ? "yes" : "no");
        }
    }

    private ReadmeMatrix() {
    }

    /** The project's README: beside {@code content-samples/}, client side or in the test deployment. */
    public static Path readme() {
        return SampleBundles.samples().toAbsolutePath().getParent().resolve("README.md");
    }

    /** Every cell of the matrix in {@code readme}, row by row. */
    public static List<Cell> cells(Path readme) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("## Authorization matrix");
        if (start < 0) {
            throw new IllegalStateException("no authorization matrix in " + readme.getFileName());
        }
        List<Cell> cells = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("| role |")) {
                inTable = true;
            } else if (inTable && !line.startsWith("|")) {
                break;
            } else if (inTable && !line.startsWith("|---")) {
                String[] row = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new);
                if (row.length != 3 + Permission.values().length) {
                    throw new IllegalStateException("a matrix row needs one column per permission: " + line);
                }
                Role role = Arrays.stream(Role.values()).filter(r -> r.securityRole().equals(row[0])).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no role " + row[0]));
                GrantScope scope = row[1].equals("own agency") ? GrantScope.OWN_AGENCY : GrantScope.ALL_AGENCIES;
                Target target = row[2].equals("own agency") ? Target.OWN_AGENCY : Target.ANOTHER_AGENCY;
                for (Permission permission : Permission.values()) {
                    cells.add(new Cell(role, scope, target, permission, row[3 + permission.ordinal()].equals("yes")));
                }
            }
        }
        return cells;
    }
}
