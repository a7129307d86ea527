package th.go.moph.healthliteracy.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContentItemTest {

    private static final UUID AGENCY = UUID.randomUUID();
    private final UUID author = UUID.randomUUID();
    private final UUID secondAuthor = UUID.randomUUID();
    private final UUID reviewer = UUID.randomUUID();
    private Instant now = Instant.parse("2026-11-22T03:00:00Z");
    private final MediaReadiness noMedia = MediaReadiness.NONE;

    private ContentItem newArticle() {
        return ContentItem.create(ContentType.ARTICLE, AGENCY, "th", "dengue-prevention", null, author,
                Drafts.complete(), now);
    }

    private Instant later(long minutes) {
        now = now.plus(Duration.ofMinutes(minutes));
        return now;
    }

    /** Drafted, reviewed, approved and published: the happy path, used by many tests. */
    private ContentItem publishedArticle() {
        ContentItem item = newArticle();
        item.setNextReviewDue(LocalDate.parse("2029-11-22"), now);
        item.submitForReview(author, later(1));
        item.approve(reviewer, "reviewer", "ถูกต้องตามหลักฐาน", noMedia, later(1));
        item.publish(noMedia, later(1));
        return item;
    }

    private static WorkflowException refused(String code, org.junit.jupiter.api.function.Executable action) {
        WorkflowException e = assertThrows(WorkflowException.class, action);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    @Nested
    class Drafting {

        @Test
        void aNewItemIsAnUnpublishedDraftWithOneRevision() {
            ContentItem item = newArticle();
            assertEquals(PublicationStatus.UNPUBLISHED, item.status());
            assertEquals(1, item.revisions().size());
            Revision first = item.working().orElseThrow();
            assertEquals(WorkflowState.DRAFT, first.state());
            assertEquals(author, first.authorId());
            assertTrue(item.live().isEmpty());
            assertEquals(0, item.publishedVersion());
        }

        @Test
        void everySaveIsANewImmutableRevision() {
            ContentItem item = newArticle();
            Revision second = item.saveDraft(author, Drafts.withTitle("ไข้เลือดออก"), 1, "shorter title", later(5));
            assertEquals(2, second.number());
            assertEquals(WorkflowState.SUPERSEDED, item.revision(1).state());
            assertEquals("ไข้เลือดออก ป้องกันได้", item.revision(1).content().title());
            assertEquals("ไข้เลือดออก", item.working().orElseThrow().content().title());
        }

        @Test
        void savingTheSameContentMakesNoRevision() {
            ContentItem item = newArticle();
            Revision same = item.saveDraft(author, Drafts.complete(), 1, "", later(1));
            assertSame(item.revision(1), same);
            assertEquals(1, item.revisions().size());
        }

        @Test
        void aStaleSaveIsAConflictAndOverwritesNothing() {
            ContentItem item = newArticle();
            item.saveDraft(secondAuthor, Drafts.withTitle("บรรณาธิการคนที่สอง"), 1, "", later(1));
            EditConflictException conflict = assertThrows(EditConflictException.class,
                    () -> item.saveDraft(author, Drafts.withTitle("บรรณาธิการคนแรก"), 1, "", later(1)));
            assertEquals(1, conflict.basedOn());
            assertEquals(2, conflict.latest());
            assertEquals("บรรณาธิการคนที่สอง", item.working().orElseThrow().content().title());
            assertEquals(2, item.revisions().size());
        }

        @Test
        void restoreIsANewRevisionWithTheOldContent() {
            ContentItem item = newArticle();
            item.saveDraft(author, Drafts.withTitle("แก้ไขแล้ว"), 1, "", later(1));
            Revision restored = item.restore(author, 1, 2, later(1));
            assertEquals(3, restored.number());
            assertEquals(item.revision(1).content(), restored.content());
            assertEquals(item.revision(1).contentHash(), restored.contentHash());
            assertEquals("restored from revision 1", restored.changeNote());
        }

        @Test
        void aSlugAndLanguageAreChecked() {
            assertThrows(IllegalArgumentException.class, () -> ContentItem.create(ContentType.ARTICLE, AGENCY, "th",
                    "ไข้เลือดออก", null, author, Drafts.complete(), now));
            assertThrows(IllegalArgumentException.class, () -> ContentItem.create(ContentType.ARTICLE, AGENCY, "thai",
                    "dengue", null, author, Drafts.complete(), now));
        }

        @Test
        void aTranslationJoinsTheGroupOfItsOriginal() {
            ContentItem thai = newArticle();
            ContentItem english = ContentItem.create(ContentType.ARTICLE, AGENCY, "en", "dengue-prevention", 
                    thai.translationGroup(), author, Drafts.withTitle("Dengue can be prevented"), now);
            assertEquals(thai.translationGroup(), english.translationGroup());
            assertEquals(thai.id(), thai.translationGroup());
        }
    }

    @Nested
    class Review {

        @Test
        void submitThenRequestChangesThenEditAndSubmitAgain() {
            ContentItem item = newArticle();
            item.submitForReview(author, later(1));
            assertEquals(WorkflowState.IN_REVIEW, item.working().orElseThrow().state());
            refused("review.notDraft", () -> item.submitForReview(author, later(1)));
            refused("review.noteRequired", () -> item.requestChanges(reviewer, " ", later(1)));
            item.requestChanges(reviewer, "เพิ่มแหล่งอ้างอิง", later(1));
            Revision sentBack = item.working().orElseThrow();
            assertEquals(WorkflowState.CHANGES_REQUESTED, sentBack.state());
            assertEquals("เพิ่มแหล่งอ้างอิง", sentBack.reviewNote());
            refused("review.notDraft", () -> item.submitForReview(author, later(1)));
            item.saveDraft(author, Drafts.withTitle("ปรับปรุงแล้ว"), 1, "citations", later(1));
            item.submitForReview(author, later(1));
            assertEquals(WorkflowState.IN_REVIEW, item.working().orElseThrow().state());
        }

        @Test
        void approvalRecordsASignOffOfTheExactContent() {
            ContentItem item = newArticle();
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "ตรวจแล้ว", noMedia, later(1));
            Revision approved = item.working().orElseThrow();
            assertEquals(WorkflowState.APPROVED, approved.state());
            SignOff signOff = approved.signOff();
            assertEquals(reviewer, signOff.reviewerId());
            assertEquals("reviewer", signOff.reviewerRole());
            assertEquals("ตรวจแล้ว", signOff.note());
            assertEquals(now, signOff.signedAt());
            assertEquals(approved.contentHash(), signOff.contentHash());
            assertTrue(approved.isSignedOff());
        }

        @Test
        void onlyARevisionInReviewCanBeApprovedOrSentBack() {
            ContentItem item = newArticle();
            refused("review.notInReview", () -> item.approve(reviewer, "reviewer", "", noMedia, later(1)));
            refused("review.notInReview", () -> item.requestChanges(reviewer, "x", later(1)));
        }

        @Test
        void fourEyesTheAuthorCannotApprove() {
            ContentItem item = newArticle();
            item.submitForReview(author, later(1));
            refused("review.fourEyes", () -> item.approve(author, "reviewer", "", noMedia, later(1)));
        }

        @Test
        void fourEyesAnyAuthorSinceTheLastApprovalCannotApprove() {
            ContentItem item = publishedArticle();
            item.saveDraft(secondAuthor, Drafts.withTitle("แก้โดยคนที่สอง"), 1, "", later(1));
            item.saveDraft(author, Drafts.withTitle("แก้โดยคนแรก"), 2, "", later(1));
            item.submitForReview(author, later(1));
            refused("review.fourEyes", () -> item.approve(secondAuthor, "reviewer", "", noMedia, later(1)));
            item.approve(reviewer, "reviewer", "", noMedia, later(1));
        }

        @Test
        void theReviewerOfTheLastApprovalMayWriteAndAnotherApproves() {
            ContentItem item = publishedArticle();
            item.saveDraft(reviewer, Drafts.withTitle("ผู้ทบทวนแก้เอง"), 1, "", later(1));
            item.submitForReview(reviewer, later(1));
            refused("review.fourEyes", () -> item.approve(reviewer, "reviewer", "", noMedia, later(1)));
            item.approve(author, "reviewer", "", noMedia, later(1)); // the earlier author did not write this one
        }

        @Test
        void changingTheContentAfterApprovalVoidsTheSignOff() {
            ContentItem item = newArticle();
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "", noMedia, later(1));
            Revision changed = item.saveDraft(author, Drafts.withTitle("เปลี่ยนหลังอนุมัติ"), 1, "", later(1));
            assertFalse(changed.isSignedOff());
            assertEquals(WorkflowState.DRAFT, changed.state());
            item.setNextReviewDue(LocalDate.parse("2029-01-01"), now);
            refused("publish.nothingApproved", () -> item.publish(noMedia, later(1)));
        }

        @Test
        void changingOnlyTheScheduleKeepsTheSignOff() {
            ContentItem item = newArticle();
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "", noMedia, later(1));
            String hash = item.working().orElseThrow().contentHash();
            item.schedule(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(30)), later(1));
            item.setNextReviewDue(LocalDate.parse("2028-06-01"), now);
            assertTrue(item.working().orElseThrow().isSignedOff());
            assertEquals(hash, item.working().orElseThrow().contentHash());
        }
    }

    @Nested
    class Publication {

        @Test
        void publishingMakesTheApprovedRevisionLive() {
            ContentItem item = publishedArticle();
            assertEquals(PublicationStatus.PUBLISHED, item.status());
            assertEquals(1, item.publishedVersion());
            assertTrue(item.working().isEmpty());
            assertEquals(WorkflowState.PUBLISHED, item.live().orElseThrow().state());
            assertEquals(LocalDate.parse("2026-11-22"), item.lastReviewed());
            assertEquals(now, item.firstPublishedAt());
        }

        @Test
        void theGateNamesEverythingMissing() {
            ContentItem item = ContentItem.create(ContentType.ARTICLE, AGENCY, "th", "bare-draft", null, author,
                    Drafts.bare(), now);
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "", noMedia, later(1));
            WorkflowException e = refused("publish.gate", () -> item.publish(noMedia, later(1)));
            for (String missing : new String[] {"a summary", "at least one topic", "at least one audience",
                    "a licence", "a next review date", "a body"}) {
                assertTrue(e.getMessage().contains(missing), e.getMessage());
            }
            assertFalse(e.getMessage().contains("sign-off"), e.getMessage());
            assertEquals(PublicationStatus.UNPUBLISHED, item.status());
        }

        @Test
        void aLapsedReviewDateBlocksPublication() {
            ContentItem item = newArticle();
            item.setNextReviewDue(LocalDate.parse("2026-11-01"), now);
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "", noMedia, later(1));
            WorkflowException e = refused("publish.gate", () -> item.publish(noMedia, later(1)));
            assertTrue(e.getMessage().contains("has not passed"), e.getMessage());
        }

        @Test
        void imagesNeedAltTextAndRenditions() {
            ContentItem image = ContentItem.create(ContentType.IMAGE, AGENCY, "th", "handwash-steps", null, author,
                    Drafts.complete(), now);
            image.setNextReviewDue(LocalDate.parse("2029-01-01"), now);
            image.submitForReview(author, later(1));
            image.approve(reviewer, "reviewer", "", noMedia, later(1));
            WorkflowException e = refused("publish.gate", () -> image.publish(noMedia, later(1)));
            assertTrue(e.getMessage().contains("alt text"), e.getMessage());
            assertTrue(e.getMessage().contains("an image with finished renditions"), e.getMessage());
            assertTrue(e.getMessage().contains("identifiable people"), e.getMessage());
        }

        @Test
        void videosNeedCaptionsInTheirLanguageOrAReason() {
            ContentItem video = ContentItem.create(ContentType.VIDEO, AGENCY, "th", "cpr-video", null, author,
                    Drafts.complete(), now);
            video.setNextReviewDue(LocalDate.parse("2029-01-01"), now);
            video.submitForReview(author, later(1));
            video.approve(reviewer, "reviewer", "", noMedia, later(1));
            MediaReadiness englishCaptionsOnly = new MediaReadiness(true, Set.of("en"), true);
            WorkflowException e = refused("publish.gate", () -> video.publish(englishCaptionsOnly, later(1)));
            assertTrue(e.getMessage().contains("captions in the item's language"), e.getMessage());
            video.publish(new MediaReadiness(true, Set.of("th", "en"), true), later(1));
            assertEquals(PublicationStatus.PUBLISHED, video.status());
        }

        @Test
        void editingAPublishedItemKeepsTheLiveRevisionPublicUntilTheNewOneIsPublished() {
            ContentItem item = publishedArticle();
            item.saveDraft(author, Drafts.withTitle("ฉบับปรับปรุง").withCorrectionNote("แก้ไขคำแนะนำเรื่องยา"), 1,
                    "", later(60));
            assertEquals(1, item.live().orElseThrow().number());
            assertEquals(PublicationStatus.PUBLISHED, item.status());
            assertEquals(2, item.working().orElseThrow().number());
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "", noMedia, later(1));
            item.publish(noMedia, later(1));
            assertEquals(2, item.publishedVersion());
            assertEquals(WorkflowState.SUPERSEDED, item.revision(1).state());
            assertEquals("แก้ไขคำแนะนำเรื่องยา", item.live().orElseThrow().content().correctionNote());
        }

        @Test
        void savingTheLiveContentAgainIsRefusedAsNoChange() {
            ContentItem item = publishedArticle();
            refused("nothing.changed", () -> item.saveDraft(author, Drafts.complete(), 1, "", later(1)));
        }

        @Test
        void aScheduledRevisionGoesLiveAtItsTimeExactlyOnce() {
            ContentItem item = newArticle();
            item.setNextReviewDue(LocalDate.parse("2029-01-01"), now);
            Instant campaignDay = now.plus(Duration.ofDays(3));
            item.schedule(campaignDay, null, now);
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "", noMedia, later(1));
            item.publish(noMedia, later(1));
            assertEquals(WorkflowState.SCHEDULED, item.working().orElseThrow().state());
            assertEquals(PublicationStatus.UNPUBLISHED, item.status());
            refused("publish.alreadyScheduled", () -> item.publish(noMedia, later(1)));
            assertFalse(item.publishIfDue(noMedia, campaignDay.minusSeconds(1)));
            assertTrue(item.publishIfDue(noMedia, campaignDay));
            assertFalse(item.publishIfDue(noMedia, campaignDay.plusSeconds(60)));
            assertEquals(PublicationStatus.PUBLISHED, item.status());
            assertEquals(campaignDay, item.liveSince());
        }

        @Test
        void clearingThePublishTimeUnschedules() {
            ContentItem item = newArticle();
            item.setNextReviewDue(LocalDate.parse("2029-01-01"), now);
            item.schedule(now.plus(Duration.ofDays(3)), null, now);
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "", noMedia, later(1));
            item.publish(noMedia, later(1));
            item.schedule(null, null, later(1));
            assertEquals(WorkflowState.APPROVED, item.working().orElseThrow().state());
        }

        @Test
        void theUnpublishTimeMustFollowThePublishTime() {
            ContentItem item = newArticle();
            refused("schedule.order", () -> item.schedule(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)), now));
            refused("schedule.past", () -> item.schedule(null, now.minusSeconds(1), now));
        }

        @Test
        void withdrawalNeedsAReasonAndTheItemCanComeBack() {
            ContentItem item = publishedArticle();
            refused("withdraw.reasonRequired", () -> item.withdraw("", later(1)));
            item.withdraw("คำแนะนำเปลี่ยนแปลง", later(1));
            assertEquals(PublicationStatus.WITHDRAWN, item.status());
            assertEquals("คำแนะนำเปลี่ยนแปลง", item.statusReason());
            refused("withdraw.notPublished", () -> item.withdraw("again", later(1)));
            item.publish(noMedia, later(1));
            assertEquals(PublicationStatus.PUBLISHED, item.status());
        }

        @Test
        void passingTheUnpublishTimeWithdrawsTheItem() {
            ContentItem item = publishedArticle();
            Instant end = now.plus(Duration.ofDays(10));
            item.schedule(null, end, now);
            assertFalse(item.expireIfDue(end.minusSeconds(1)));
            assertTrue(item.expireIfDue(end));
            assertEquals(PublicationStatus.WITHDRAWN, item.status());
            assertEquals("expired", item.statusReason());
            assertFalse(item.expireIfDue(end.plusSeconds(1)));
        }

        @Test
        void aLapsedReviewSuspendsAfterTheGraceAndASignedOffReviewBringsItBack() {
            ContentItem item = publishedArticle();
            item.setNextReviewDue(LocalDate.parse("2027-01-01"), now);
            Instant dueDay = LocalDate.parse("2027-01-01").atStartOfDay(ContentItem.PORTAL_ZONE).toInstant();
            assertTrue(item.isReviewOverdue(LocalDate.parse("2027-01-02")));
            assertFalse(item.suspendIfReviewLapsed(30, dueDay.plus(Duration.ofDays(30))));
            assertTrue(item.suspendIfReviewLapsed(30, dueDay.plus(Duration.ofDays(32))));
            assertEquals(PublicationStatus.SUSPENDED, item.status());
            assertEquals("under review", item.statusReason());

            now = dueDay.plus(Duration.ofDays(40));
            item.startReview(author, 1, now);
            item.setNextReviewDue(LocalDate.parse("2030-02-10"), now);
            item.submitForReview(author, later(1));
            item.approve(reviewer, "reviewer", "ยังถูกต้อง", noMedia, later(1));
            assertEquals(PublicationStatus.PUBLISHED, item.status());
            assertEquals(2, item.publishedVersion());
            assertEquals(now.atZone(ContentItem.PORTAL_ZONE).toLocalDate(), item.lastReviewed());
        }

        @Test
        void archivingIsFinal() {
            ContentItem item = publishedArticle();
            item.archive(later(1));
            assertEquals(PublicationStatus.ARCHIVED, item.status());
            refused("archived", () -> item.publish(noMedia, later(1)));
            refused("archived", () -> item.saveDraft(author, Drafts.withTitle("x"), 1, "", later(1)));
            refused("archived", () -> item.archive(later(1)));
            refused("archived", () -> item.schedule(null, null, later(1)));
            assertNotEquals(PublicationStatus.PUBLISHED, item.status());
        }

        @Test
        void theNextReviewMustFollowTheLastOne() {
            ContentItem item = publishedArticle();
            refused("reviewDue.order", () -> item.setNextReviewDue(item.lastReviewed(), now));
            refused("reviewDue.required", () -> item.setNextReviewDue(null, now));
        }
    }

    @Nested
    class ExternalSignOff {

        private final ExternalAttestation attestation = new ExternalAttestation("นพ. สมชาย (ตัวอย่าง)", "DDC",
                LocalDate.parse("2026-10-01"));

        @Test
        void anAttestationIsRecordedAsSuchAndDatesTheReview() {
            ContentItem item = newArticle();
            item.setNextReviewDue(LocalDate.parse("2028-01-01"), now);
            UUID importer = UUID.randomUUID();
            item.recordExternalSignOff(importer, attestation, later(1));
            Revision approved = item.working().orElseThrow();
            assertEquals(WorkflowState.APPROVED, approved.state());
            assertTrue(approved.isSignedOff());
            assertTrue(approved.signOff().isExternal());
            assertEquals(SignOff.Kind.EXTERNAL_ATTESTATION, approved.signOff().kind());
            assertEquals(importer, approved.signOff().reviewerId(), "the account that recorded it");
            assertEquals(attestation, approved.signOff().attestation().orElseThrow());
            item.publishWhenReady(noMedia, later(1));
            assertEquals(PublicationStatus.PUBLISHED, item.status());
            assertEquals(LocalDate.parse("2026-10-01"), item.lastReviewed(), "the day it was attested, not imported");
        }

        @Test
        void aReviewInThePortalIsNotAnAttestation() {
            Revision live = publishedArticle().live().orElseThrow();
            assertEquals(SignOff.Kind.PORTAL_REVIEW, live.signOff().kind());
            assertTrue(live.signOff().attestation().isEmpty());
        }

        @Test
        void aFutureOrRepeatedAttestationIsRefused() {
            ContentItem item = newArticle();
            refused("attestation.future", () -> item.recordExternalSignOff(UUID.randomUUID(),
                    new ExternalAttestation("x", "DDC", LocalDate.parse("2026-12-25")), now));
            item.recordExternalSignOff(UUID.randomUUID(), attestation, now);
            refused("attestation.notOpen", () -> item.recordExternalSignOff(UUID.randomUUID(), attestation, now));
            assertThrows(IllegalArgumentException.class, () -> new ExternalAttestation(" ", "DDC", LocalDate.MIN));
        }

        @Test
        void anAttestationNeitherPreEmptsNorOverrulesAReviewInThePortal() {
            ContentItem item = newArticle();
            item.submitForReview(author, later(1));
            refused("attestation.inPortalReview", () -> item.recordExternalSignOff(UUID.randomUUID(), attestation,
                    later(1)));
            item.requestChanges(reviewer, "ตรวจสอบตัวเลขอีกครั้ง", later(1));
            WorkflowException e = refused("attestation.inPortalReview", () -> item.recordExternalSignOff(
                    UUID.randomUUID(), attestation, later(1)));
            assertTrue(e.getMessage().contains("ตรวจสอบตัวเลขอีกครั้ง"), e.getMessage());
        }

        @Test
        void anAttestationNamesNobodyAsTheRevisionsReviewer() {
            ContentItem item = newArticle();
            item.recordExternalSignOff(UUID.randomUUID(), attestation, later(1));
            assertEquals(null, item.working().orElseThrow().reviewedBy());
        }

        @Test
        void aPictureWaitsForItsRenditionsThenTheSchedulerPublishesIt() {
            ContentItem image = ContentItem.create(ContentType.IMAGE, AGENCY, "th", "handwash-steps", null, author,
                    Drafts.withAltText("ขั้นตอนล้างมือ 7 ขั้น"), now);
            image.setNextReviewDue(LocalDate.parse("2029-01-01"), now);
            image.recordExternalSignOff(UUID.randomUUID(), attestation, later(1));
            MediaReadiness inTheMaking = new MediaReadiness(false, Set.of(), true);
            image.publishWhenReady(inTheMaking, later(1));
            assertEquals(WorkflowState.SCHEDULED, image.working().orElseThrow().state());
            assertFalse(image.publishIfDue(inTheMaking, later(1)), "not while the renditions are being made");
            assertTrue(image.publishIfDue(new MediaReadiness(true, Set.of(), true), later(1)));
            assertEquals(PublicationStatus.PUBLISHED, image.status());
        }

        @Test
        void everythingButRenditionsMustBeThereAlready() {
            ContentItem image = ContentItem.create(ContentType.IMAGE, AGENCY, "th", "handwash-steps", null, author,
                    Drafts.complete(), now);
            image.setNextReviewDue(LocalDate.parse("2029-01-01"), now);
            image.recordExternalSignOff(UUID.randomUUID(), attestation, later(1));
            WorkflowException e = refused("publish.gate", () -> image.publishWhenReady(
                    new MediaReadiness(false, Set.of(), false), later(1)));
            assertTrue(e.getMessage().contains("alt text") && e.getMessage().contains("identifiable people"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("renditions"), e.getMessage());
        }
    }
}
