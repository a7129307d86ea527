package th.go.moph.healthliteracy.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import net.bramp.ffmpeg.builder.FFmpegBuilder;

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
import th.go.moph.healthliteracy.media.application.MediaCatalog;
import th.go.moph.healthliteracy.media.application.MediaUploads;
import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegTools;
import th.go.moph.healthliteracy.media.infrastructure.jobs.JobQueue;
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

    @Inject
    MediaUploads uploads;

    @Inject
    MediaCatalog catalog;

    @Inject
    FfmpegTools tools;

    @Inject
    JobQueue jobs;

    public static ContentDraft article(String title, String summary, String bodyHtml, String topic, Audience audience) {
        return new ContentDraft(title, summary, bodyHtml, new TreeSet<>(List.of(topic)), EnumSet.of(audience),
                Licence.CC_BY_4_0, "ผู้ทดสอบ", List.of(new Citation("กรมควบคุมโรค", "https://ddc.moph.go.th/")),
                "", "", "");
    }

    /** A draft article of {@code agency}, never sent for review. */
    public UUID draft(Agency agency, String language, ContentDraft draft) {
        return draft(agency, language, ContentType.ARTICLE, draft);
    }

    private UUID draft(Agency agency, String language, ContentType type, ContentDraft draft) {
        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
        UUID id = authoring.create(new NewItem(type, null, language, slug(), null, draft));
        authoring.setNextReviewDue(id, LocalDate.now().plusYears(3));
        return id;
    }

    /** A published article of {@code agency}. */
    public UUID published(Agency agency, String language, ContentDraft draft) {
        return publish(agency, draft(agency, language, draft));
    }

    /**
     * A published image item (an infographic of {@code width} × {@code height}, made here) whose renditions the real
     * pipeline made; {@code draft} carries its text alternative.
     */
    public UUID publishedImage(Agency agency, String language, ContentDraft draft, int width, int height)
            throws Exception {
        UUID id = draft(agency, language, ContentType.IMAGE, draft);
        BufferedImage image = new BufferedImage(width, height,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 93, 59));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 3, width / 2, height / 3);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        UUID asset = uploads.receive(id, MediaAsset.Kind.IMAGE, "infographic.png",
                new ByteArrayInputStream(png.toByteArray()));
        uploads.recordPeople(asset, false, null);
        awaitReady(asset);
        return publish(agency, id);
    }

    /** A published video item: a few seconds made by ffmpeg, with Thai captions, through the real pipeline. */
    public UUID publishedVideo(Agency agency, String language, ContentDraft draft) throws Exception {
        UUID id = draft(agency, language, ContentType.VIDEO, draft);
        Path clip = Files.createTempFile("clip-", ".mp4");
        try {
            tools.ffmpeg().run(new FFmpegBuilder()
                    .addInput("testsrc2=size=640x360:rate=25").setFormat("lavfi").done()
                    .addInput("sine=frequency=440:sample_rate=44100").setFormat("lavfi").done()
                    .overrideOutputFiles(true).addOutput(clip.toString())
                    .setDuration(6, TimeUnit.SECONDS)
                    .setVideoCodec("libx264").addExtraArgs("-pix_fmt", "yuv420p").done());
            UUID asset;
            try (InputStream in = Files.newInputStream(clip)) {
                asset = uploads.receive(id, MediaAsset.Kind.VIDEO, "clip.mp4", in);
            }
            uploads.addCaptions(asset, language, ("1\n00:00:00,000 --> 00:00:03,000\nล้างมือด้วยสบู่\n\n"
                    + "2\n00:00:03,000 --> 00:00:06,000\nนานอย่างน้อย 20 วินาที\n").getBytes(
                    StandardCharsets.UTF_8));
            uploads.recordPeople(asset, false, null);
            awaitReady(asset);
        } finally {
            Files.deleteIfExists(clip);
        }
        return publish(agency, id);
    }

    /** Waits until every media job of the asset has ended (adding captions queues a second transcode) and it is ready. */
    private void awaitReady(UUID asset) throws Exception {
        Await.until(() -> catalog.asset(asset).status() != MediaAsset.Status.PROCESSING && jobs.ofAsset(asset).stream()
                .noneMatch(j -> j.state().equals("QUEUED") || j.state().equals("RUNNING")), Duration.ofMinutes(3),
                "renditions of " + asset);
        if (catalog.asset(asset).status() != MediaAsset.Status.READY) {
            throw new AssertionError("renditions failed: " + catalog.asset(asset).failureReason());
        }
    }

    /** A draft article of {@code agency} sent for review by its author. */
    public UUID inReview(Agency agency, String language, ContentDraft draft) {
        UUID id = draft(agency, language, draft);
        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
        authoring.submitForReview(id);
        return id;
    }

    /** An article of {@code agency} approved by a reviewer of the agency, waiting for a publisher. */
    public UUID approved(Agency agency, String language, ContentDraft draft) {
        UUID id = inReview(agency, language, draft);
        acting.become(fixtures.account(agency, Role.REVIEWER, GrantScope.OWN_AGENCY));
        review.approve(id, 1, "ถูกต้องตามหลักวิชาการ");
        return id;
    }

    private UUID publish(Agency agency, UUID id) {
        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
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
    public void expireAt(Agency agency, UUID id, Instant unpublishAt) {
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
