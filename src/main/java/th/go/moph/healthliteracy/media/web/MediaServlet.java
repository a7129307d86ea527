package th.go.moph.healthliteracy.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.healthliteracy.media.application.MediaAccess;
import th.go.moph.healthliteracy.media.application.MediaStore;
import th.go.moph.healthliteracy.platform.web.EntityTags;

/**
 * {@code /media/<key>}: stored renditions from whichever store holds them, with single Range requests, ETag and
 * Last-Modified, and the right types for HLS playlists and segments, WebVTT and WebP. Keys are content-addressed, so
 * a file never changes under its name; caching is still bounded (one day) so a withdrawn item's media leaves caches
 * soon, and a draft's media, which only its editors may fetch, is not cached at all. Whatever may not be fetched
 * answers 404, exactly like what does not exist.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BUFFER = 64 * 1024;
    private static final long ONE_DAY = 24 * 3600;
    private static final Map<String, String> TYPES = Map.of(
            "m3u8", "application/vnd.apple.mpegurl",
            "ts", "video/mp2t",
            "m4s", "video/iso.segment",
            "mp4", "video/mp4",
            "vtt", "text/vtt;charset=UTF-8",
            "webp", "image/webp",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png");

    @Inject
    transient MediaStore store;

    @Inject
    transient MediaAccess access;

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        response.reset(); // drops the application's default UTF-8 response encoding: segments and pictures have no charset
        Optional<String> key = keyOf(request);
        MediaAccess.Audience audience = key.map(access::audienceOf).orElse(MediaAccess.Audience.NOBODY);
        Optional<MediaStore.StoredObject> object = audience == MediaAccess.Audience.NOBODY
                ? Optional.empty() : store.describe(key.get());
        if (object.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaStore.StoredObject stored = object.get();
        String etag = "\"" + stored.etag() + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", stored.lastModified().toEpochMilli());
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", audience == MediaAccess.Audience.PUBLIC
                ? "public, max-age=" + ONE_DAY : "private, no-store");
        if (notModified(request, etag, stored)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType(key.get()));

        String ifRange = request.getHeader("If-Range");
        ByteRange.Request wanted = ifRange == null || ifRange.equals(etag)
                ? ByteRange.of(request.getHeader("Range"), stored.size()) : new ByteRange.Whole();
        long offset = 0;
        long length = stored.size();
        if (wanted instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + stored.size());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        if (wanted instanceof ByteRange.Partial partial) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", partial.range().contentRange(stored.size()));
            offset = partial.range().first();
            length = partial.range().length();
        }
        response.setContentLengthLong(length);
        if (withBody) {
            copy(key.get(), offset, length, response);
        }
    }

    private static Optional<String> keyOf(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(MediaStore.requireKey(path.substring(1)));
        } catch (IllegalArgumentException traversalOrJunk) {
            return Optional.empty();
        }
    }

    private static boolean notModified(HttpServletRequest request, String etag, MediaStore.StoredObject stored) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return EntityTags.matches(ifNoneMatch, stored.etag());
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
        return since >= 0 && stored.lastModified().toEpochMilli() / 1000 <= since / 1000;
    }

    private String contentType(String key) {
        String extension = key.substring(key.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            type = getServletContext().getMimeType(key);
        }
        return type == null ? "application/octet-stream" : type;
    }

    private void copy(String key, long offset, long length, HttpServletResponse response) throws IOException {
        try (InputStream in = store.open(key, offset, length)) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        }
    }
}
