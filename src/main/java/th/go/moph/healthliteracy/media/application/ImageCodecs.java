package th.go.moph.healthliteracy.media.application;

import javax.imageio.spi.IIORegistry;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;

/**
 * Registers the WebP reader and writer with ImageIO. ImageIO scans only the server's own class path for plugins, not
 * the application's, so the portal registers them itself (idempotent: the registry keeps one per class).
 */
final class ImageCodecs {

    static {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(new WebPImageReaderSpi());
        registry.registerServiceProvider(new WebPImageWriterSpi());
    }

    private ImageCodecs() {
    }

    static void ensureRegistered() {
        // the static initializer has run
    }
}
