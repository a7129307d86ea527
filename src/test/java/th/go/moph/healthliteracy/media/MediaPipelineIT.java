package th.go.moph.healthliteracy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.bramp.ffmpeg.builder.FFmpegBuilder;

import th.go.moph.healthliteracy.content.application.ContentAuthoring;
import th.go.moph.healthliteracy.content.application.NewItem;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.media.application.MediaCatalog;
import th.go.moph.healthliteracy.media.application.MediaStore;
import th.go.moph.healthliteracy.media.application.MediaWorkArea;
import th.go.moph.healthliteracy.media.application.MediaUploads;
import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.media.domain.MediaRefusedException;
import th.go.moph.healthliteracy.media.domain.Rendition;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegTools;
import th.go.moph.healthliteracy.media.infrastructure.jobs.JobQueue;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** Uploads through the real services, renditions made by the real worker from the durable queue. */
@ExtendWith(ArquillianExtension.class)
class MediaPipelineIT {

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
    MediaUploads uploads;

    @Inject
    MediaCatalog catalog;

    @Inject
    MediaStore store;

    @Inject
    MediaWorkArea workArea;

    @Inject
    JobQueue jobs;

    @Inject
    FfmpegTools tools;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private UUID newItem(ContentType type) {
        acting.become(fixtures.account(fixtures.agency("Department of Health"), Role.AUTHOR, GrantScope.OWN_AGENCY));
        UUID id = authoring.create(new NewItem(type, null, "th", "media-" + Long.toString(System.nanoTime(), 36), null,
                Fixtures.dengueDraft(fixtures.topic("dengue", "ไข้เลือดออก", "Dengue"))));
        authoring.setNextReviewDue(id, LocalDate.now().plusYears(3));
        return id;
    }

    private MediaAsset awaitFinished(UUID assetId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            MediaAsset asset = catalog.asset(assetId);
            if (asset.status() != MediaAsset.Status.PROCESSING) {
                return asset;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("renditions of " + assetId + " not finished within 120 s: " + jobs.ofAsset(assetId));
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 102, 79));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anImageGetsItsRenditionsFromTheQueue() throws Exception {
        UUID item = newItem(ContentType.IMAGE);
        UUID assetId = uploads.receive(item, MediaAsset.Kind.IMAGE, "อินโฟกราฟิก ไข้เลือดออก.PNG",
                new ByteArrayInputStream(png(2400, 1600)));
        MediaAsset asset = awaitFinished(assetId);
        assertEquals(MediaAsset.Status.READY, asset.status(), asset.failureReason());
        assertEquals("png", asset.originalName().substring(asset.originalName().lastIndexOf('.') + 1));
        List<Rendition> renditions = catalog.renditionsOf(assetId);
        assertEquals(8, renditions.size());
        for (Rendition r : renditions) {
            assertTrue(store.exists(r.storageKey()), r.storageKey());
            assertTrue(r.storageKey().matches("renditions/[0-9a-f]{2}/[0-9a-f]{64}\\.(jpg|webp)"), r.storageKey());
            assertEquals(store.size(r.storageKey()), r.sizeBytes());
        }
        assertEquals("SUCCEEDED", jobs.ofAsset(assetId).get(0).state());
    }

    @Test
    void aVideoGetsItsLadderPosterMp4AndCaptions() throws Exception {
        UUID item = newItem(ContentType.VIDEO);
        Path clip = Files.createTempFile("clip-", ".mp4");
        tools.ffmpeg().run(new FFmpegBuilder()
                .addInput("testsrc2=size=640x360:rate=25").setFormat("lavfi").done()
                .addInput("sine=frequency=440:sample_rate=44100").setFormat("lavfi").done()
                .overrideOutputFiles(true).addOutput(clip.toString()).setDuration(4, TimeUnit.SECONDS)
                .setVideoCodec("libx264").addExtraArgs("-pix_fmt", "yuv420p").done());
        UUID assetId;
        try (InputStream in = Files.newInputStream(clip)) {
            assetId = uploads.receive(item, MediaAsset.Kind.VIDEO, "handwash.mp4", in);
        }
        uploads.addCaptions(assetId, "th", ("1\n00:00:00,000 --> 00:00:02,000\nล้างมือด้วยสบู่\n")
                .getBytes(StandardCharsets.UTF_8));
        MediaAsset asset = awaitFinished(assetId);
        assertEquals(MediaAsset.Status.READY, asset.status(), asset.failureReason());
        Map<Rendition.Kind, Rendition> byKind = catalog.renditionsOf(assetId).stream()
                .collect(Collectors.toMap(Rendition::kind, r -> r, (a, b) -> a));
        assertEquals(List.of(Rendition.Kind.HLS_MASTER, Rendition.Kind.POSTER, Rendition.Kind.MP4,
                Rendition.Kind.CAPTIONS_VTT).stream().sorted().toList(), byKind.keySet().stream().sorted().toList());
        String master;
        try (InputStream in = store.open(byKind.get(Rendition.Kind.HLS_MASTER).storageKey())) {
            master = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(master.contains("LANGUAGE=\"th\""), master);
        assertTrue(master.contains("RESOLUTION=640x360"), master);
        assertTrue(!master.contains("x720"), "no upscaling: " + master);
        String prefix = byKind.get(Rendition.Kind.HLS_MASTER).storageKey().replace("master.m3u8", "");
        assertTrue(store.exists(prefix + "v0/index.m3u8"));
        assertTrue(store.exists(prefix + "captions/th.vtt"));
        assertTrue(new MediaAttachmentsProbe(catalog).captionLanguages(item).contains("th"));
    }

    @Test
    void aRefusedUploadLeavesNothingBehind() throws Exception {
        UUID item = newItem(ContentType.IMAGE);
        MediaRefusedException refused = assertThrows(MediaRefusedException.class, () -> uploads.receive(item,
                MediaAsset.Kind.IMAGE, "photo.jpg", new ByteArrayInputStream(
                        "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("media.image.markup", refused.code());
        assertEquals(List.of(), catalog.assetsOf(item));
        try (var left = Files.list(workArea.folder("incoming"))) {
            assertEquals(0, left.count(), "no half-received upload left");
        }
    }

    @Test
    void whatTheMalwareScannerFindsIsRefusedBeforeAnythingElse() throws Exception {
        UUID item = newItem(ContentType.VIDEO);
        // the EICAR test file: harmless bytes every scanner reports (the test clamd knows only this signature)
        byte[] eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*".getBytes(StandardCharsets.US_ASCII);
        MediaRefusedException refused = assertThrows(MediaRefusedException.class, () -> uploads.receive(item,
                MediaAsset.Kind.VIDEO, "clip.mp4", new ByteArrayInputStream(eicar)));
        assertEquals("media.infected", refused.code(), "scanned before it is even probed as a video");
        assertTrue(refused.getMessage().contains("Portal.Test.EICAR"), refused.getMessage());
        assertEquals(List.of(), catalog.assetsOf(item));
        try (var left = Files.list(workArea.folder("incoming"))) {
            assertEquals(0, left.count(), "nothing of it left on disk");
        }
    }

    @Test
    void aJobWhoseWorkerDiedIsTakenOverAndItsLeftoversIgnored() throws Exception {
        UUID item = newItem(ContentType.IMAGE);
        UUID assetId = UUID.randomUUID();
        Path original = Files.write(Files.createTempFile("orphan-", ".png"), png(700, 400));
        String key = "originals/" + assetId + "/orphan.png";
        store.put(key, original, "image/png");
        UUID jobId = UUID.randomUUID();
        tx.begin();
        em.persist(MediaAsset.received(assetId, item, MediaAsset.Kind.IMAGE, "orphan.png", key, "image/png",
                Files.size(original), "0".repeat(64), 700, 400, null, acting.get().accountId(), Instant.now()));
        em.flush();
        em.createNativeQuery("insert into media_job (id, asset_id, type, state, attempts, next_attempt_at, lease_owner,"
                        + " lease_expires_at, created_at, updated_at) values (?1, ?2, 'IMAGE_RENDITIONS', 'RUNNING', 1,"
                        + " now(), 'a-worker-that-died', now() - interval '5 minutes', now(), now())")
                .setParameter(1, jobId).setParameter(2, assetId).executeUpdate();
        tx.commit();
        Path deadAttempt = workArea.folder("jobs/" + jobId + "/1");
        Files.writeString(deadAttempt.resolve("320.jpg"), "half-written by the dead attempt");

        MediaAsset asset = awaitFinished(assetId);
        assertEquals(MediaAsset.Status.READY, asset.status(), asset.failureReason());
        JobQueue.JobState job = jobs.ofAsset(assetId).get(0);
        assertEquals("SUCCEEDED", job.state());
        assertEquals(2, job.attempts(), "the second attempt did the work");
        List<Rendition> renditions = catalog.renditionsOf(assetId);
        assertEquals(List.of(320, 320, 640, 640, 700, 700), renditions.stream().map(Rendition::width).sorted().toList());
        for (Rendition r : renditions) {
            try (InputStream in = store.open(r.storageKey())) {
                assertTrue(ImageIO.read(in) != null || r.kind() == Rendition.Kind.IMAGE_WEBP, r.storageKey());
            }
        }
    }

    /** Reads what the publish gate will read. */
    record MediaAttachmentsProbe(MediaCatalog catalog) {
        java.util.Set<String> captionLanguages(UUID item) {
            return catalog.assetsOf(item).stream().flatMap(a -> catalog.captionsOf(a.id()).stream())
                    .map(row -> (String) row[0]).collect(Collectors.toSet());
        }
    }
}
