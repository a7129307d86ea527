package th.go.moph.healthliteracy.media.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Responsive renditions of a picture: JPEG and WebP at 320, 640, 1280 and 1920 pixels wide, never wider than the
 * original (whose own width is added when it falls between two steps). The original is decoded once, its EXIF
 * orientation applied; the renditions are encoded from pixels alone, so no metadata (EXIF, GPS) reaches the public.
 */
public final class ImageRenditions {

    public static final List<Integer> WIDTHS = List.of(320, 640, 1280, 1920);
    static final float JPEG_QUALITY = 0.82f;
    static final float WEBP_QUALITY = 0.80f;

    /** One rendition written to the work folder. */
    public record Output(String format, int width, int height, Path file) {
        public String contentType() {
            return "image/" + format;
        }
    }

    public ImageRenditions() {
        ImageCodecs.ensureRegistered();
    }

    public List<Output> render(Path original, Path workFolder) throws IOException {
        BufferedImage decoded = opaque(Thumbnails.of(original.toFile()).scale(1.0).useExifOrientation(true)
                .asBufferedImage());
        List<Output> outputs = new ArrayList<>();
        for (int width : widthsFor(decoded.getWidth())) {
            BufferedImage scaled = width == decoded.getWidth() ? decoded
                    : Thumbnails.of(decoded).width(width).asBufferedImage();
            outputs.add(write(scaled, "jpeg", JPEG_QUALITY, workFolder.resolve(width + ".jpg")));
            outputs.add(write(scaled, "webp", WEBP_QUALITY, workFolder.resolve(width + ".webp")));
        }
        return outputs;
    }

    /** The widths made for an original this wide. */
    static List<Integer> widthsFor(int originalWidth) {
        TreeSet<Integer> widths = new TreeSet<>();
        for (int width : WIDTHS) {
            if (width <= originalWidth) {
                widths.add(width);
            }
        }
        if (originalWidth < WIDTHS.get(WIDTHS.size() - 1)) {
            widths.add(originalWidth);
        }
        return List.copyOf(widths);
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE); // transparent areas of a PNG become white, as on the page
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static Output write(BufferedImage image, String format, float quality, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        if (format.equals("webp")) {
            param.setCompressionType(param.getCompressionTypes()[com.luciad.imageio.webp.WebPWriteParam.LOSSY_COMPRESSION]);
        }
        param.setCompressionQuality(quality);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new Output(format, image.getWidth(), image.getHeight(), file);
    }
}
