package th.go.moph.healthliteracy.media.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Pictures made by the tests: plain ones, a PNG that lies about its size, a JPEG with EXIF orientation and GPS. */
final class TestImages {

    private TestImages() {
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0, 102, 79));
        g.fillRect(0, 0, width / 2, height); // left half green: shows which way the picture turned
        g.dispose();
        return image;
    }

    static Path write(BufferedImage image, String format, Path file) throws IOException {
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    /** A valid PNG signature and header declaring width × height pixels, with almost no pixel data behind it. */
    static Path pngDeclaring(int width, int height, Path file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(png, "IEND", new byte[0]);
        return Files.write(file, png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * A JPEG whose pixels are {@code width × height} and whose EXIF says "rotate 90° clockwise" (orientation 6), with
     * a GPS IFD pointer, as phones write them.
     */
    static Path jpegWithExifOrientation6(int width, int height, Path file) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        ByteBuffer tiff = ByteBuffer.allocate(38);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // big-endian TIFF, first IFD at 8
        tiff.putShort((short) 2); // two entries
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0); // orientation
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(0); // GPS IFD pointer (empty)
        tiff.putInt(0); // no next IFD
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2); // SOI
        withExif.write(new byte[] {(byte) 0xFF, (byte) 0xE1});
        withExif.write(ByteBuffer.allocate(2).putShort((short) (exif.length + 2)).array());
        withExif.write(exif);
        withExif.write(jpeg, 2, jpeg.length - 2);
        return Files.write(file, withExif.toByteArray());
    }
}
