package th.go.moph.healthliteracy.media.web;

import java.io.File;
import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.servlet.FileServlet;

import th.go.moph.healthliteracy.media.application.MediaAccess;
import th.go.moph.healthliteracy.media.application.MediaStore;

/**
 * {@code /media/<key>}: stored renditions with Range requests, ETag and Last-Modified (OmniFaces FileServlet), and the
 * right types for HLS playlists and segments, WebVTT and WebP. Keys are content-addressed, so a file never changes
 * under its name; caching is still bounded (one day) so a withdrawn item's media leaves caches soon, and a draft's
 * media, which only its editors may fetch, is not cached at all. Whatever may not
 * be fetched answers 404, exactly like what does not exist.
 */
@WebServlet("/media/*")
public class MediaServlet extends FileServlet {

    private static final long serialVersionUID = 1L;
    private static final long ONE_DAY = 24 * 3600;
    private static final String AUDIENCE = MediaServlet.class.getName() + ".audience";

    @Inject
    MediaStore store;

    @Inject
    MediaAccess access;

    @Override
    protected File getFile(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return null;
        }
        String key = path.substring(1);
        try {
            MediaStore.requireKey(key);
        } catch (IllegalArgumentException traversalOrJunk) {
            return null;
        }
        MediaAccess.Audience audience = access.audienceOf(key);
        if (audience == MediaAccess.Audience.NOBODY) {
            return null;
        }
        request.setAttribute(AUDIENCE, audience);
        try {
            Optional<java.nio.file.Path> file = store.localFile(key);
            return file.map(java.nio.file.Path::toFile).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** A day in shared caches for a live item's media; a draft's media (editors only) is never cached. */
    @Override
    protected long getExpireTime(HttpServletRequest request, File file) {
        return request.getAttribute(AUDIENCE) == MediaAccess.Audience.PUBLIC ? ONE_DAY : 0;
    }

    @Override
    protected String getContentType(HttpServletRequest request, File file) {
        String name = file.getName();
        if (name.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        }
        if (name.endsWith(".ts")) {
            return "video/mp2t";
        }
        if (name.endsWith(".m4s")) {
            return "video/iso.segment";
        }
        if (name.endsWith(".vtt")) {
            return "text/vtt;charset=UTF-8";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        return super.getContentType(request, file);
    }
}
