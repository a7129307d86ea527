package th.go.moph.healthliteracy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code deploy/bench/all}'s last step: one results table from every benchmark of the run, written to
 * {@code target/bench/results.md} and put in the README between its {@code bench:all} markers.
 */
public final class BenchReport {

    private static final List<String> PARTS = List.of("startup", "media", "search", "feed", "import");
    private static final String BEGIN = "<!-- bench:all:begin -->";
    private static final String END = "<!-- bench:all:end -->";

    private BenchReport() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        StringBuilder table = new StringBuilder("| figure | value | reference | ratio | target | machine |\n"
                + "|---|---|---|---|---|---|\n");
        for (String part : PARTS) {
            Path file = results.resolve(part).resolve("results.md");
            if (!Files.exists(file)) {
                throw new IllegalStateException("no results of the " + part + " benchmark in " + file);
            }
            Files.readAllLines(file).stream().skip(2).filter(l -> l.startsWith("|"))
                    .forEach(line -> table.append(line).append('\n'));
        }
        String run = "Full run of `deploy/bench/all` on " + LocalDate.now() + " (commit " + args[2] + "):\n\n";
        Files.writeString(results.resolve("results.md"), run + table);
        System.out.println(run + table);
        Path readme = Path.of(args[1]);
        String text = Files.readString(readme);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("the README has no " + BEGIN + " … " + END + " block");
        }
        Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + "\n" + run + table + text.substring(end));
    }
}
