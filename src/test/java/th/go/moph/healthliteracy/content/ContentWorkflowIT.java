package th.go.moph.healthliteracy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.application.ContentAuthoring;
import th.go.moph.healthliteracy.content.application.NewItem;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.content.domain.EditConflictException;
import th.go.moph.healthliteracy.content.domain.PublicationStatus;
import th.go.moph.healthliteracy.identity.domain.AccessDeniedException;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.platform.SchemaMigration;
import th.go.moph.healthliteracy.publishing.application.PublicationDesk;
import th.go.moph.healthliteracy.publishing.application.ScheduledTransitions;
import th.go.moph.healthliteracy.review.application.ReviewDecisions;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** The workflow through the real application services, database and audit trail. */
@ExtendWith(ArquillianExtension.class)
class ContentWorkflowIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

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

    @Inject
    ScheduledTransitions transitions;

    @Inject
    th.go.moph.healthliteracy.content.application.PreviewLinks previews;

    @Inject
    th.go.moph.healthliteracy.content.application.CitationLinkChecker linkChecker;

    @Inject
    th.go.moph.healthliteracy.content.application.CitationChecks citationChecks;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    @Inject
    ContentItemRepository items;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    private static String slug() {
        return "item-" + Long.toString(System.nanoTime(), 36);
    }

    private ContentItem load(UUID id) throws Exception {
        tx.begin();
        try {
            ContentItem item = items.find(id).orElseThrow();
            item.revisions().forEach(r -> r.content()); // read what the assertions need while attached
            return item;
        } finally {
            tx.commit();
        }
    }

    private long audited(UUID itemId, String action, String outcome) {
        return em.createQuery("select count(e) from AuditEvent e where e.subjectId = :id and e.action = :action"
                        + " and e.outcome = th.go.moph.healthliteracy.audit.domain.AuditOutcome." + outcome, Long.class)
                .setParameter("id", itemId.toString()).setParameter("action", action).getSingleResult();
    }

    /** An item of {@code agency}, brought by its own staff to the state {@code upTo} names. */
    private UUID itemOf(Agency agency, String upTo) {
        String topic = fixtures.topic("dengue", "ไข้เลือดออก", "Dengue");
        Actor author = fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY);
        acting.become(author);
        UUID id = authoring.create(new NewItem(ContentType.ARTICLE, null, "th", slug(), null, Fixtures.dengueDraft(topic)));
        authoring.setNextReviewDue(id, LocalDate.now().plusYears(3));
        if (upTo.equals("draft")) {
            return id;
        }
        authoring.submitForReview(id);
        if (upTo.equals("in review")) {
            return id;
        }
        acting.become(fixtures.account(agency, Role.REVIEWER, GrantScope.OWN_AGENCY));
        review.approve(id, 1, "ถูกต้อง");
        if (upTo.equals("approved")) {
            return id;
        }
        acting.become(fixtures.account(agency, Role.PUBLISHER, GrantScope.OWN_AGENCY));
        desk.publish(id);
        return id;
    }

    @Test
    void authorReviewerAndPublisherTakeAnItemLiveAndEachStepIsAudited() throws Exception {
        Agency ddc = fixtures.agency("Department of Disease Control");
        UUID id = itemOf(ddc, "published");

        ContentItem item = load(id);
        assertEquals(PublicationStatus.PUBLISHED, item.status());
        assertEquals(1, item.publishedVersion());
        assertTrue(item.live().orElseThrow().isSignedOff());
        for (String action : List.of("CONTENT_CREATED", "CONTENT_SUBMITTED", "REVIEW_APPROVED", "CONTENT_PUBLISHED")) {
            assertEquals(1, audited(id, action, "SUCCEEDED"), action);
        }
    }

    @Test
    void theRoleAgencyMatrixHoldsThroughTheServices() throws Exception {
        Agency own = fixtures.agency("Department of Health");
        Agency other = fixtures.agency("Department of Mental Health");
        List<String> escapes = new ArrayList<>();
        for (Role role : Role.values()) {
            for (GrantScope scope : GrantScope.values()) {
                for (Agency target : List.of(own, other)) {
                    Actor actor = fixtures.account(own, role, scope);
                    String cell = role + "/" + scope + "/" + (target == own ? "own" : "other");
                    boolean mayEdit = role == Role.AUTHOR && (scope == GrantScope.ALL_AGENCIES || target == own);
                    boolean mayReview = role == Role.REVIEWER && (scope == GrantScope.ALL_AGENCIES || target == own);
                    boolean mayPublish = role == Role.PUBLISHER && (scope == GrantScope.ALL_AGENCIES || target == own);

                    UUID draft = itemOf(target, "draft");
                    UUID inReview = itemOf(target, "in review");
                    UUID approved = itemOf(target, "approved");
                    String topic = "dengue";
                    check(escapes, cell + " create", mayEdit, actor, () -> authoring.create(new NewItem(
                            ContentType.ARTICLE, target.id(), "th", slug(), null, Fixtures.dengueDraft(topic))));
                    check(escapes, cell + " save", mayEdit, actor, () -> authoring.save(draft, 1,
                            Fixtures.dengueDraft(topic).withCorrectionNote("แก้ไข"), "edit"));
                    check(escapes, cell + " review", mayReview, actor, () -> {
                        review.requestChanges(inReview, 1, "โปรดเพิ่มแหล่งอ้างอิง");
                        return null;
                    });
                    check(escapes, cell + " publish", mayPublish, actor, () -> {
                        desk.publish(approved);
                        return null;
                    });
                }
            }
        }
        assertEquals(List.of(), escapes);
    }

    private void check(List<String> escapes, String cell, boolean allowed, Actor actor, Callable<?> action) {
        acting.become(actor);
        try {
            action.call();
            if (!allowed) {
                escapes.add(cell + " was allowed");
            }
        } catch (AccessDeniedException refused) {
            if (allowed) {
                escapes.add(cell + " was refused: " + refused.getMessage());
            }
        } catch (Exception e) {
            escapes.add(cell + " failed: " + e);
        }
    }

    @Test
    void refusalsAreAuditedAndChangeNothing() throws Exception {
        Agency own = fixtures.agency("Department of Health Service Support");
        UUID id = itemOf(own, "in review");
        Actor author = fixtures.account(own, Role.AUTHOR, GrantScope.OWN_AGENCY);
        acting.become(author);
        assertThrows(AccessDeniedException.class, () -> review.approve(id, 1, "ผู้เขียนอนุมัติเอง"));
        assertEquals(1, audited(id, "ReviewDecisions.approve", "REFUSED"));
        assertFalse(load(id).revision(1).isSignedOff());
    }

    @Test
    void theAuthorOfTheRevisionCannotApproveItEvenAsAReviewer() throws Exception {
        Agency own = fixtures.agency("Thai Red Cross");
        Actor writer = fixtures.account(own, Role.AUTHOR, GrantScope.OWN_AGENCY);
        Actor bothRoles = new Actor(writer.accountId(), writer.agencyId(), List.of(
                new Actor.Grant(Role.AUTHOR, GrantScope.OWN_AGENCY), new Actor.Grant(Role.REVIEWER, GrantScope.OWN_AGENCY)));
        acting.become(bothRoles);
        UUID id = authoring.create(new NewItem(ContentType.ARTICLE, null, "th", slug(), null,
                Fixtures.dengueDraft(fixtures.topic("dengue", "ไข้เลือดออก", "Dengue"))));
        authoring.submitForReview(id);
        var refused = assertThrows(th.go.moph.healthliteracy.content.domain.WorkflowException.class,
                () -> review.approve(id, 1, ""));
        assertEquals("review.fourEyes", refused.code());
    }

    @Test
    void aStaleSaveIsAConflictAndTheFirstSaveStands() throws Exception {
        Agency own = fixtures.agency("Bangkok Metropolitan Administration");
        UUID id = itemOf(own, "draft");
        Actor second = fixtures.account(own, Role.AUTHOR, GrantScope.OWN_AGENCY);
        acting.become(second);
        ContentDraft first = Fixtures.dengueDraft("dengue").withCorrectionNote("บรรณาธิการคนแรก");
        assertEquals(2, authoring.save(id, 1, first, "first"));
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> authoring.save(id, 1,
                Fixtures.dengueDraft("dengue").withCorrectionNote("บรรณาธิการคนที่สอง"), "second"));
        assertEquals(2, conflict.latest());
        assertEquals("บรรณาธิการคนแรก", load(id).working().orElseThrow().content().correctionNote());
    }

    @Test
    void theBodyIsSanitizedOnSave() throws Exception {
        Agency own = fixtures.agency("Police General Hospital");
        UUID id = itemOf(own, "draft");
        acting.become(fixtures.account(own, Role.AUTHOR, GrantScope.OWN_AGENCY));
        ContentDraft d = Fixtures.dengueDraft("dengue");
        authoring.save(id, 1, new ContentDraft(d.title(), d.summary(),
                "<p onclick=\"steal()\">ล้างมือ<script>alert(1)</script></p><img src=\"https://tracker.example/x.png\">"
                        + "<a href=\"javascript:alert(1)\">ลิงก์</a><img src=\"/media/abc/640.webp\" alt=\"ภาพ\">",
                d.topics(), d.audiences(), d.licence(), d.attribution(), d.citations(), "", "", ""), "html");
        String body = load(id).working().orElseThrow().content().body();
        assertEquals("<p>ล้างมือ</p><a rel=\"noopener noreferrer\">ลิงก์</a><img src=\"/media/abc/640.webp\" alt=\"ภาพ\">",
                body);
    }

    @Test
    void aScheduledPublicationFiresExactlyOnceWhenTwoRunnersRace() throws Exception {
        Agency own = fixtures.agency("National Health Security Office");
        UUID id = itemOf(own, "approved");
        acting.become(fixtures.account(own, Role.PUBLISHER, GrantScope.OWN_AGENCY));
        Instant publishAt = Instant.now().plusSeconds(3600);
        desk.schedule(id, publishAt, null);
        desk.publish(id);
        assertEquals(PublicationStatus.UNPUBLISHED, load(id).status());

        List<Future<Integer>> runners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runners.add(executor.submit(() -> transitions.runOnce(publishAt.plusSeconds(1))));
        }
        for (Future<Integer> runner : runners) {
            runner.get();
        }
        assertEquals(PublicationStatus.PUBLISHED, load(id).status());
        assertEquals(1, audited(id, "CONTENT_PUBLISHED_ON_SCHEDULE", "SUCCEEDED"));
    }

    @Test
    void aPreviewLinkShowsItsRevisionOnlyWhileItsSignatureHolds() throws Exception {
        Agency own = fixtures.agency("Department of Medical Services");
        UUID id = itemOf(own, "draft");
        acting.become(fixtures.account(own, Role.REVIEWER, GrantScope.OWN_AGENCY));
        String link = previews.create(id, 1);
        java.util.Map<String, String> query = new java.util.HashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        var shown = previews.open(query.get("item"), query.get("revision"), query.get("expires"), query.get("signature"));
        assertEquals("ไข้เลือดออก ป้องกันได้ด้วย 3 เก็บ", shown.orElseThrow().content().title());
        assertTrue(previews.open(query.get("item"), "2", query.get("expires"), query.get("signature")).isEmpty());
        long longer = Long.parseLong(query.get("expires")) + 86400;
        assertTrue(previews.open(query.get("item"), "1", String.valueOf(longer), query.get("signature")).isEmpty());
        assertTrue(previews.open(query.get("item"), "1", query.get("expires"), "0".repeat(64)).isEmpty());
        assertTrue(previews.open("not-an-id", "x", "y", null).isEmpty());

        acting.become(fixtures.account(fixtures.agency("Another agency"), Role.AUTHOR, GrantScope.OWN_AGENCY));
        assertThrows(AccessDeniedException.class, () -> previews.create(id, 1));
    }

    @Test
    void brokenSourcesAreFoundAndListedForTheOwningAgency() throws Exception {
        Agency own = fixtures.agency("Department of Thai Traditional Medicine");
        UUID id = itemOf(own, "draft");
        Actor author = fixtures.account(own, Role.AUTHOR, GrantScope.OWN_AGENCY);
        acting.become(author);
        String working = base.toString();
        String missing = base + "no-such-page-" + System.nanoTime();
        ContentDraft d = Fixtures.dengueDraft("dengue");
        authoring.save(id, 1, new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(),
                d.attribution(), List.of(new th.go.moph.healthliteracy.content.domain.Citation("หน้าแรก", working),
                        new th.go.moph.healthliteracy.content.domain.Citation("หน้าที่ไม่มีแล้ว", missing)),
                "", "", ""), "sources");

        assertTrue(linkChecker.checkAddressesNotCheckedSince(Instant.now().plusSeconds(1)) >= 2);

        List<String> broken = citationChecks.brokenForMe().stream()
                .filter(b -> b.itemId().equals(id)).map(b -> b.url()).toList();
        assertEquals(List.of(missing), broken);
        acting.become(fixtures.account(fixtures.agency("Unrelated agency"), Role.AUTHOR, GrantScope.OWN_AGENCY));
        assertTrue(citationChecks.brokenForMe().stream().noneMatch(b -> b.itemId().equals(id)));
    }

    @Test
    void theDatabaseRefusesToChangeARevisionsContent() throws Exception {
        Agency own = fixtures.agency("Emergency Medicine Institute");
        UUID id = itemOf(own, "draft");
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "update revision set title = 'เปลี่ยนแอบ ๆ' where item_id = ?")) {
            s.setObject(1, id);
            SQLException refused = assertThrows(SQLException.class, s::executeUpdate);
            assertTrue(refused.getMessage().contains("immutable"), refused.getMessage());
        }
    }
}
