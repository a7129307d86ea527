package th.go.moph.healthliteracy.content.web;

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

import th.go.moph.healthliteracy.content.application.ContentQueries;
import th.go.moph.healthliteracy.content.application.ItemFilter;
import th.go.moph.healthliteracy.content.application.ItemRow;
import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.content.domain.WorkflowState;

/** The content list: lazy paging over what the editor may see, with filters. */
@Named
@ViewScoped
public class ContentListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentQueries queries;

    private PublicationStatus status;
    private WorkflowState state;
    private ContentType type;
    private String agencyId;
    private String topic;
    private Audience audience;
    private String language;
    private String text;

    private final LazyDataModel<ItemRow> items = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(filter());
        }

        @Override
        public List<ItemRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.list(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(ItemRow row) {
            return row.id().toString();
        }
    };

    private ItemFilter filter() {
        return new ItemFilter(status, state, type, agencyId == null || agencyId.isBlank() ? null : UUID.fromString(agencyId),
                topic, audience, language, text);
    }

    public LazyDataModel<ItemRow> getItems() { return items; }
    public PublicationStatus getStatus() { return status; }
    public void setStatus(PublicationStatus status) { this.status = status; }
    public WorkflowState getState() { return state; }
    public void setState(WorkflowState state) { this.state = state; }
    public ContentType getType() { return type; }
    public void setType(ContentType type) { this.type = type; }
    public String getAgencyId() { return agencyId; }
    public void setAgencyId(String agencyId) { this.agencyId = agencyId; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
