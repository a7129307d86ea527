package th.go.moph.healthliteracy.content.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.content.application.CitationChecks;
import th.go.moph.healthliteracy.content.application.CitationChecks.BrokenCitation;
import th.go.moph.healthliteracy.content.application.ContentQueries;
import th.go.moph.healthliteracy.content.application.ItemRow;

/** The editor's home: my drafts, what waits for my review, what is scheduled, reviews due soon or overdue. */
@Named
@RequestScoped
public class DashboardBean {

    /** Reviews due within this many days are listed. */
    static final int REVIEW_HORIZON_DAYS = 60;

    @Inject
    ContentQueries queries;

    private List<ItemRow> myDrafts;
    private List<ItemRow> awaitingReview;
    private List<ItemRow> scheduled;
    private List<ItemRow> reviewDue;
    private List<BrokenCitation> brokenCitations;

    @Inject
    CitationChecks citationChecks;

    @PostConstruct
    void load() {
        myDrafts = queries.myDrafts();
        awaitingReview = queries.awaitingMyReview();
        scheduled = queries.scheduled();
        reviewDue = queries.reviewDueWithin(REVIEW_HORIZON_DAYS);
        brokenCitations = citationChecks.brokenForMe();
    }

    public boolean overdue(ItemRow row) {
        return row.nextReviewDue() != null && row.nextReviewDue().isBefore(queries.today());
    }

    public List<ItemRow> getMyDrafts() { return myDrafts; }
    public List<ItemRow> getAwaitingReview() { return awaitingReview; }
    public List<ItemRow> getScheduled() { return scheduled; }
    public List<ItemRow> getReviewDue() { return reviewDue; }
    public List<BrokenCitation> getBrokenCitations() { return brokenCitations; }
}
