package th.go.moph.healthliteracy.media.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import th.go.moph.healthliteracy.media.domain.MediaRefusedException;

/**
 * Checks an uploaded image by its content, not its name: only JPEG, PNG and WebP are accepted (SVG never: it can
 * carry scripts), and only up to a pixel limit read from the header, before anything is decoded (decompression bombs).
 */
public final class ImageInspector {

    private static final Set<String> ACCEPTED = Set.of("jpeg", "png", "webp");

    private final long maxPixels;

    public ImageInspector(long maxPixels) {
        this.maxPixels = maxPixels;
        ImageCodecs.ensureRegistered();
    }

    /** What the header says. */
    public record ImageFacts(String format, int width, int height) {
        public String contentType() {
            return "image/" + format;
        }
    }

    public ImageFacts inspect(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new MediaRefusedException("media.empty", "The file is empty");
        }
        if (looksLikeMarkup(file)) {
            throw new MediaRefusedException("media.image.markup",
                    "This is markup (SVG or HTML), not a picture; upload a JPEG, PNG or WebP");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                String format = reader.getFormatName().toLowerCase(Locale.ROOT).replace("jpg", "jpeg");
                if (!ACCEPTED.contains(format)) {
                    reader.dispose();
                    continue;
                }
                try {
                    reader.setInput(in, true, true);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    if (width <= 0 || height <= 0) {
                        throw new MediaRefusedException("media.image.unreadable", "The image has no size");
                    }
                    if ((long) width * height > maxPixels) {
                        throw new MediaRefusedException("media.image.tooLarge", "The image is " + width + " × "
                                + height + " pixels; at most " + maxPixels / 1_000_000 + " megapixels are accepted");
                    }
                    return new ImageFacts(format, width, height);
                } catch (IOException | RuntimeException broken) {
                    if (broken instanceof MediaRefusedException refused) {
                        throw refused;
                    }
                    throw new MediaRefusedException("media.image.unreadable", "The image cannot be read: "
                            + broken.getMessage());
                } finally {
                    reader.dispose();
                }
            }
        }
        throw new MediaRefusedException("media.image.format", "Only JPEG, PNG and WebP images are accepted");
    }

    private static boolean looksLikeMarkup(Path file) throws IOException {
        byte[] head = new byte[512];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, read, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!doctype")
                || start.startsWith("<html") || start.contains("<svg");
    }
}
