package th.go.moph.healthliteracy.content.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import th.go.moph.healthliteracy.content.importing.ContentImport;
import th.go.moph.healthliteracy.content.importing.ImportRecords;
import th.go.moph.healthliteracy.content.importing.ImportReport;
import th.go.moph.healthliteracy.platform.web.EditorMessages;

/**
 * The import screen: upload a zip of item manifests, read the report of what happened to each, see past runs, and
 * archive the sample content once the portal holds real items.
 */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentImport imports;

    @Inject
    ImportRecords records;

    @Inject
    EditorMessages messages;

    private String report;
    private transient List<ImportRecords.Run> runs;

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            ImportReport done = imports.importArchive(in, event.getFile().getFileName());
            report = done.text();
            messages.info("imports.done");
        } catch (IOException e) {
            messages.refused(new IllegalArgumentException(e.getMessage(), e));
        } catch (RuntimeException e) {
            messages.refused(e);
        }
        runs = null;
    }

    public void archiveSamples() {
        try {
            int archived = imports.archiveSamples();
            report = archived + " sample items archived\n";
            messages.info("imports.samplesArchived");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public String getReport() {
        return report;
    }

    public List<ImportRecords.Run> getRuns() {
        if (runs == null) {
            runs = records.recentRuns(imports.runsVisibleTo(), 20);
        }
        return runs;
    }
}
