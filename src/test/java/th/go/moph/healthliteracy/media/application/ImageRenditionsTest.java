package th.go.moph.healthliteracy.media.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageRenditionsTest {

    private final ImageRenditions renditions = new ImageRenditions();

    @TempDir
    Path dir;

    @Test
    void makesJpegAndWebpAtEveryStepUpToTheOriginal() throws Exception {
        Path original = TestImages.write(TestImages.picture(2400, 1600), "png", dir.resolve("in.png"));
        List<ImageRenditions.Output> outputs = renditions.render(original, dir);
        assertEquals(8, outputs.size());
        for (ImageRenditions.Output output : outputs) {
            assertTrue(ImageRenditions.WIDTHS.contains(output.width()), output.toString());
            assertEquals(output.width() * 2 / 3, output.height(), 1, output.toString());
            ImageInspector.ImageFacts facts = new ImageInspector(100_000_000L).inspect(output.file());
            assertEquals(output.format(), facts.format());
            assertEquals(output.width(), facts.width());
        }
    }

    @Test
    void neverUpscales() {
        assertEquals(List.of(320, 500), ImageRenditions.widthsFor(500));
        assertEquals(List.of(200), ImageRenditions.widthsFor(200));
        assertEquals(List.of(320, 640, 1280, 1920), ImageRenditions.widthsFor(6000));
        assertEquals(List.of(320, 640, 1280, 1920), ImageRenditions.widthsFor(1920));
    }

    @Test
    void appliesExifOrientationAndStripsAllMetadata() throws Exception {
        Path phone = TestImages.jpegWithExifOrientation6(800, 400, dir.resolve("phone.jpg"));
        assertTrue(containsExif(Files.readAllBytes(phone)), "the test photo carries EXIF");
        List<ImageRenditions.Output> outputs = renditions.render(phone, dir);
        ImageRenditions.Output largestJpeg = outputs.stream().filter(o -> o.format().equals("jpeg"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(400, largestJpeg.width(), "turned upright: the 800 × 400 pixels stand 400 wide");
        assertEquals(800, largestJpeg.height());
        BufferedImage upright = ImageIO.read(largestJpeg.file().toFile());
        assertTrue(isGreen(upright.getRGB(200, 50)), "the green half is on top after turning clockwise");
        assertFalse(isGreen(upright.getRGB(200, 750)));
        for (ImageRenditions.Output output : outputs) {
            assertFalse(containsExif(Files.readAllBytes(output.file())), output + " carries EXIF");
        }
    }

    private static boolean isGreen(int rgb) {
        return ((rgb >> 8) & 0xFF) > 60 && ((rgb >> 16) & 0xFF) < 60;
    }

    private static boolean containsExif(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("Exif\0\0");
    }
}
