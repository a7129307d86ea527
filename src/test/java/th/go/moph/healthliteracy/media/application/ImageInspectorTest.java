package th.go.moph.healthliteracy.media.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.go.moph.healthliteracy.media.domain.MediaRefusedException;

class ImageInspectorTest {

    private final ImageInspector inspector = new ImageInspector(100_000_000L);

    @TempDir
    Path dir;

    private String refusal(Path file) {
        return assertThrows(MediaRefusedException.class, () -> inspector.inspect(file)).code();
    }

    @Test
    void readsJpegPngAndWebpByContent() throws Exception {
        assertEquals(new ImageInspector.ImageFacts("png", 64, 48),
                inspector.inspect(TestImages.write(TestImages.picture(64, 48), "png", dir.resolve("a.jpg"))));
        assertEquals(new ImageInspector.ImageFacts("jpeg", 64, 48),
                inspector.inspect(TestImages.write(TestImages.picture(64, 48), "jpeg", dir.resolve("b.png"))));
        new ImageRenditions().render(TestImages.write(TestImages.picture(400, 300), "png", dir.resolve("c.png")), dir);
        assertEquals(new ImageInspector.ImageFacts("webp", 320, 240), inspector.inspect(dir.resolve("320.webp")));
    }

    @Test
    void refusesADecompressionBombFromItsHeader() throws Exception {
        assertEquals("media.image.tooLarge", refusal(TestImages.pngDeclaring(30000, 30000, dir.resolve("bomb.png"))));
    }

    @Test
    void refusesHtmlRenamedJpg() throws Exception {
        Path html = Files.writeString(dir.resolve("photo.jpg"), "<!DOCTYPE html><html><script>alert(1)</script></html>");
        assertEquals("media.image.markup", refusal(html));
    }

    @Test
    void refusesSvg() throws Exception {
        Path svg = Files.writeString(dir.resolve("info.png"),
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertEquals("media.image.markup", refusal(svg));
    }

    @Test
    void refusesAnExecutableAndAnEmptyFile() throws Exception {
        Path elf = Files.write(dir.resolve("x.jpg"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        assertEquals("media.image.format", refusal(elf));
        assertEquals("media.empty", refusal(Files.write(dir.resolve("empty.png"), new byte[0])));
    }

    @Test
    void refusesATruncatedImage() throws Exception {
        byte[] png = Files.readAllBytes(TestImages.write(TestImages.picture(64, 48), "png", dir.resolve("t.png")));
        Path truncated = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(png, 20));
        String code = refusal(truncated);
        assertEquals(true, code.equals("media.image.unreadable") || code.equals("media.image.format"), code);
    }
}
