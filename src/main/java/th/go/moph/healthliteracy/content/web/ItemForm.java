package th.go.moph.healthliteracy.content.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.Citation;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.Licence;

/** The item editor's form: plain fields for Faces, turned into a {@link ContentDraft} on save. */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable citation line. */
    public static class CitationLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String url;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    private ContentType type = ContentType.ARTICLE;
    private String language = "th";
    private String slug;
    private String agencyId;
    private String title;
    private String summary;
    private String body;
    private List<String> topics = new ArrayList<>();
    private List<String> audiences = new ArrayList<>();
    private Licence licence;
    private String attribution;
    private List<CitationLine> citations = new ArrayList<>();
    private String altText;
    private String captionsWaiver;
    private String correctionNote;
    private String changeNote;
    private LocalDate nextReviewDue;

    static ItemForm of(ContentDraft draft) {
        ItemForm form = new ItemForm();
        form.title = draft.title();
        form.summary = draft.summary();
        form.body = draft.body();
        form.topics = new ArrayList<>(draft.topics());
        form.audiences = draft.audiences().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        form.licence = draft.licence();
        form.attribution = draft.attribution();
        for (Citation c : draft.citations()) {
            CitationLine line = new CitationLine();
            line.title = c.title();
            line.url = c.url();
            form.citations.add(line);
        }
        form.altText = draft.altText();
        form.captionsWaiver = draft.captionsWaiver();
        form.correctionNote = draft.correctionNote();
        return form;
    }

    /** @throws IllegalArgumentException with a clear message when a citation is incomplete or not a web address */
    ContentDraft toDraft() {
        List<Citation> sources = new ArrayList<>();
        for (CitationLine line : citations) {
            boolean blank = (line.title == null || line.title.isBlank()) && (line.url == null || line.url.isBlank());
            if (!blank) {
                sources.add(new Citation(line.title, line.url));
            }
        }
        return new ContentDraft(title, summary, body, new TreeSet<>(topics),
                audiences.stream().map(Audience::valueOf).collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Audience.class))), licence, attribution,
                sources, altText, captionsWaiver, correctionNote);
    }

    public void addCitation() {
        citations.add(new CitationLine());
    }

    public void removeCitation(CitationLine line) {
        citations.remove(line);
    }

    // getters and setters for Faces

    public ContentType getType() { return type; }
    public void setType(ContentType type) { this.type = type; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getAgencyId() { return agencyId; }
    public void setAgencyId(String agencyId) { this.agencyId = agencyId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
    public List<String> getAudiences() { return audiences; }
    public void setAudiences(List<String> audiences) { this.audiences = audiences; }
    public Licence getLicence() { return licence; }
    public void setLicence(Licence licence) { this.licence = licence; }
    public String getAttribution() { return attribution; }
    public void setAttribution(String attribution) { this.attribution = attribution; }
    public List<CitationLine> getCitations() { return citations; }
    public String getAltText() { return altText; }
    public void setAltText(String altText) { this.altText = altText; }
    public String getCaptionsWaiver() { return captionsWaiver; }
    public void setCaptionsWaiver(String captionsWaiver) { this.captionsWaiver = captionsWaiver; }
    public String getCorrectionNote() { return correctionNote; }
    public void setCorrectionNote(String correctionNote) { this.correctionNote = correctionNote; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
    public LocalDate getNextReviewDue() { return nextReviewDue; }
    public void setNextReviewDue(LocalDate nextReviewDue) { this.nextReviewDue = nextReviewDue; }
}
