package th.go.moph.healthliteracy.platform.status;

import java.util.List;

/**
 * One context's part of the system-status page: a few facts, each with how healthy it is. Each context that has
 * something an operator should watch offers one (as a CDI bean); the page shows them all, in {@link #order()}.
 */
public interface StatusSection {

    /** The section's title, as a key of the message bundle. */
    String title();

    int order();

    /** The facts now; a section that cannot find out says so in a failing fact rather than throwing. */
    List<Fact> facts();

    /** A fact: its label (a key of the message bundle), its value, and whether it is all right. */
    record Fact(String label, String value, Health health) {

        public static Fact ok(String label, Object value) {
            return new Fact(label, String.valueOf(value), Health.OK);
        }

        public static Fact judged(String label, Object value, boolean warning, boolean failing) {
            return new Fact(label, String.valueOf(value), failing ? Health.FAILING : warning ? Health.WARNING
                    : Health.OK);
        }
    }

    enum Health {
        OK, WARNING, FAILING
    }
}
