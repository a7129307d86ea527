package th.go.moph.healthliteracy.audit.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import th.go.moph.healthliteracy.audit.application.AuditLog;
import th.go.moph.healthliteracy.audit.domain.AuditOutcome;
import th.go.moph.healthliteracy.identity.application.AccountDirectory;

/** The audit screen: filtered, lazily paged, newest first; export links to the CSV with the same filters. */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    AccountDirectory directory;

    private final AuditFilterForm form = new AuditFilterForm();
    private Map<UUID, String> names = Map.of();

    private final LazyDataModel<AuditLog.Line> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.count(filter());
        }

        @Override
        public List<AuditLog.Line> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            List<AuditLog.Line> page = log.page(filter(), first, pageSize);
            names = directory.displayNames(page.stream().map(AuditLog.Line::actorId).toList());
            return page;
        }

        @Override
        public String getRowKey(AuditLog.Line line) {
            return String.valueOf(line.id());
        }
    };

    private AuditLog.Filter filter() {
        return form.toFilter(directory::idOf);
    }

    public String actorName(UUID actor) {
        return actor == null ? "system" : names.getOrDefault(actor, actor.toString());
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public AuditFilterForm getForm() { return form; }
    public LazyDataModel<AuditLog.Line> getLines() { return lines; }
}
