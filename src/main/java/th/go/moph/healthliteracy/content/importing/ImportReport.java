package th.go.moph.healthliteracy.content.importing;

import java.util.List;
import java.util.UUID;

/** A run of the importer: every manifest's outcome, and the notes about the bundle as a whole (agencies, topics). */
public record ImportReport(UUID runId, String source, List<String> notes, List<ImportOutcome> outcomes) {

    public ImportReport {
        notes = List.copyOf(notes);
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    public String summary() {
        return count(ImportOutcome.Result.IMPORTED) + " imported, " + count(ImportOutcome.Result.UPDATED)
                + " updated, " + count(ImportOutcome.Result.UNCHANGED) + " unchanged, "
                + count(ImportOutcome.Result.REFUSED) + " refused";
    }

    /** The report as the command line and the admin page show it. */
    public String text() {
        StringBuilder text = new StringBuilder("Import of ").append(source).append(": ").append(summary()).append('\n');
        notes.forEach(note -> text.append("note      ").append(note).append('\n'));
        outcomes.forEach(outcome -> text.append(outcome.line()).append('\n'));
        return text.toString();
    }
}
