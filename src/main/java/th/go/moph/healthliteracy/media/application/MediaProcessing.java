package th.go.moph.healthliteracy.media.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.media.domain.MediaRefusedException;
import th.go.moph.healthliteracy.media.domain.Rendition;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.FfmpegRun;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.VideoInspector;
import th.go.moph.healthliteracy.media.infrastructure.ffmpeg.VideoTranscoder;
import th.go.moph.healthliteracy.media.infrastructure.jobs.JobQueue;

/**
 * One attempt at a media job: in a work folder of its own (so nothing an earlier, dead attempt left behind is ever
 * taken for a result), makes the renditions, stores every file under a content-addressed key, and only then records
 * them — if this worker still holds the job.
 */
@ApplicationScoped
public class MediaProcessing {

    @Inject
    MediaStore store;

    @Inject
    MediaWorkArea workArea;

    @Inject
    MediaCatalog catalog;

    @Inject
    VideoInspector videoInspector;

    @Inject
    VideoTranscoder transcoder;

    @Inject
    Clock clock;

    /** Runs the attempt; returns whether its result was recorded. */
    public boolean process(JobQueue.Claim claim, FfmpegRun run, IntConsumer progress) {
        Path work = null;
        try {
            work = workArea.folder("jobs/" + claim.jobId() + "/" + claim.attempt());
            clear(work);
            MediaAsset asset = catalog.asset(claim.assetId());
            Path original = work.resolve("original");
            store.copyTo(asset.originalKey(), original);
            progress.accept(10);
            List<Rendition> renditions = claim.type() == JobQueue.Type.IMAGE_RENDITIONS
                    ? images(asset, original, Files.createDirectories(work.resolve("out")))
                    : video(asset, original, work.resolve("out"), run, progress);
            progress.accept(95);
            return catalog.complete(claim, renditions);
        } catch (IOException | RuntimeException e) {
            catalog.failed(claim, reason(e));
            return false;
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    private List<Rendition> images(MediaAsset asset, Path original, Path out) throws IOException {
        List<Rendition> renditions = new ArrayList<>();
        for (ImageRenditions.Output output : new ImageRenditions().render(original, out)) {
            String extension = output.format().equals("jpeg") ? "jpg" : output.format();
            String key = storeContentAddressed(output.file(), "renditions/", extension, output.contentType());
            renditions.add(new Rendition(asset.id(), output.format().equals("jpeg") ? Rendition.Kind.IMAGE_JPEG
                    : Rendition.Kind.IMAGE_WEBP, output.width(), output.height(), null, key, output.contentType(),
                    Files.size(output.file()), clock.instant()));
        }
        return renditions;
    }

    private List<Rendition> video(MediaAsset asset, Path original, Path out, FfmpegRun run, IntConsumer progress)
            throws IOException {
        VideoInspector.VideoFacts facts = videoInspector.inspect(original);
        List<VideoTranscoder.Captions> captions = new ArrayList<>();
        for (Object[] caption : catalog.captionsOf(asset.id())) {
            String language = (String) caption[0];
            try (InputStream in = store.open((String) caption[1])) {
                captions.add(new VideoTranscoder.Captions(language, Locale.forLanguageTag(language)
                        .getDisplayLanguage(Locale.forLanguageTag(language)), new String(in.readAllBytes(),
                        StandardCharsets.UTF_8)));
            }
        }
        progress.accept(20);
        VideoTranscoder.Outputs outputs = transcoder.transcode(original, facts, captions, out, run);
        String prefix = "video/" + folderHash(out) + "/";
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = out.relativize(file).toString().replace('\\', '/');
                store.put(prefix + relative, file, contentType(relative));
            }
        }
        List<Rendition> renditions = new ArrayList<>();
        int maxHeight = outputs.heights().get(0);
        renditions.add(new Rendition(asset.id(), Rendition.Kind.HLS_MASTER, null, maxHeight, null,
                prefix + outputs.master(), "application/vnd.apple.mpegurl", Files.size(out.resolve(outputs.master())),
                clock.instant()));
        renditions.add(new Rendition(asset.id(), Rendition.Kind.POSTER, null, Math.min(720, facts.height()), null,
                prefix + outputs.poster(), "image/jpeg", Files.size(out.resolve(outputs.poster())), clock.instant()));
        renditions.add(new Rendition(asset.id(), Rendition.Kind.MP4, null, Math.min(720, facts.height()), null,
                prefix + outputs.mp4(), "video/mp4", Files.size(out.resolve(outputs.mp4())), clock.instant()));
        for (String caption : outputs.captions()) {
            String language = caption.substring(caption.lastIndexOf('/') + 1, caption.length() - ".vtt".length());
            renditions.add(new Rendition(asset.id(), Rendition.Kind.CAPTIONS_VTT, null, null, language,
                    prefix + caption, "text/vtt", Files.size(out.resolve(caption)), clock.instant()));
        }
        return renditions;
    }

    private String storeContentAddressed(Path file, String prefix, String extension, String contentType)
            throws IOException {
        String hash = sha256(file);
        String key = prefix + hash.substring(0, 2) + "/" + hash + "." + extension;
        if (!store.exists(key)) {
            store.put(key, file, contentType);
        }
        return key;
    }

    /** A hash of every file's path and content: the same outputs always land under the same folder name. */
    static String folderHash(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(HexFormat.of().parseHex(sha256(file)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String contentType(String path) {
        if (path.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        }
        if (path.endsWith(".ts")) {
            return "video/mp2t";
        }
        if (path.endsWith(".vtt")) {
            return "text/vtt";
        }
        if (path.endsWith(".mp4")) {
            return "video/mp4";
        }
        return path.endsWith(".jpg") ? "image/jpeg" : "application/octet-stream";
    }

    private static String reason(Exception e) {
        if (e instanceof MediaRefusedException || e instanceof FfmpegRun.FfmpegFailedException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void clear(Path folder) throws IOException {
        deleteQuietly(folder);
        Files.createDirectories(folder);
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover work folder is harmless: the next attempt uses its own
        }
    }
}
