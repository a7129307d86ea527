package th.go.moph.healthliteracy.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.content.application.ContentAuthoring;
import th.go.moph.healthliteracy.content.application.NewItem;
import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.content.domain.Citation;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.Licence;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.publishing.application.PublicationDesk;
import th.go.moph.healthliteracy.review.application.ReviewDecisions;

/**
 * Articles for in-container tests, written, reviewed and published by an agency's own staff through the real services
 * (each step as its own account, so four eyes hold). Usable from executor threads too: each call has a request context.
 */
@ApplicationScoped
@ActivateRequestContext
public class ContentLibrary {

    @Inject
    ActingAs acting;

    @Inject
    Fixtures fixtures;

    @Inject
    ContentAuthoring authoring;

    @Inject
    ReviewDecisions review;

    @Inject
    PublicationDesk desk;

    public static ContentDraft article(String title, String summary, String bodyHtml, String topic, Audience audience) {
        return new ContentDraft(title, summary, bodyHtml, new TreeSet<>(List.of(topic)), EnumSet.of(audience),
                Licence.CC_BY_4_0, "ผู้ทดสอบ", List.of(new Citation("กรมควบคุมโรค", "https://ddc.moph.go.th/")),
                "", "", "");
    }

    /** A draft article of {@code agency}, never sent for review. */
    public UUID draft(Agency agency, String language, ContentDraft draft) {
        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
        UUID id = authoring.create(new NewItem(ContentType.ARTICLE, null, language, slug(), null, draft));
        authoring.setNextReviewDue(id, LocalDate.now().plusYears(3));
        return id;
    }

    /** A published article of {@code agency}. */
    public UUID published(Agency agency, String language, ContentDraft draft) {
        UUID id = draft(agency, language, draft);
        authoring.submitForReview(id);
        acting.become(fixtures.account(agency, Role.REVIEWER, GrantScope.OWN_AGENCY));
        review.approve(id, 1, "ถูกต้องตามหลักวิชาการ");
        acting.become(fixtures.account(agency, Role.PUBLISHER, GrantScope.OWN_AGENCY));
        desk.publish(id);
        return id;
    }

    /** A new revision of a published item, written, reviewed and published; returns its number. */
    public int revise(Agency agency, UUID id, int basedOn, ContentDraft draft) {
        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
        int revision = authoring.save(id, basedOn, draft, "แก้ไขเนื้อหา");
        authoring.submitForReview(id);
        acting.become(fixtures.account(agency, Role.REVIEWER, GrantScope.OWN_AGENCY));
        review.approve(id, revision, "ถูกต้องตามหลักวิชาการ");
        acting.become(fixtures.account(agency, Role.PUBLISHER, GrantScope.OWN_AGENCY));
        desk.publish(id);
        return revision;
    }

    /** Publishes a withdrawn item again, as its agency's publisher. */
    public void republish(Agency agency, UUID id) {
        acting.become(fixtures.account(agency, Role.PUBLISHER, GrantScope.OWN_AGENCY));
        desk.publish(id);
    }

    /** Sets when a published item leaves the public, as its agency's publisher. */
    public void expireAt(Agency agency, UUID id, java.time.Instant unpublishAt) {
        acting.become(fixtures.account(agency, Role.PUBLISHER, GrantScope.OWN_AGENCY));
        desk.schedule(id, null, unpublishAt);
    }

    /** Withdraws a published item, as its agency's publisher. */
    public void withdraw(Agency agency, UUID id, String reason) {
        acting.become(fixtures.account(agency, Role.PUBLISHER, GrantScope.OWN_AGENCY));
        desk.withdraw(id, reason);
    }

    public static String slug() {
        return "item-" + Long.toString(System.nanoTime(), 36);
    }
}
