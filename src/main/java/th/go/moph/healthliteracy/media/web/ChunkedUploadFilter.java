package th.go.moph.healthliteracy.media.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.primefaces.util.FileUploadUtils;

import th.go.moph.healthliteracy.media.application.MediaWorkArea;

/**
 * Makes PrimeFaces' chunked uploads safe to resume, and resume for real.
 * <ul>
 * <li>PrimeFaces names the chunks of an upload after the {@code X-File-Id} the browser sends (the file's name, date,
 * type and size); this filter puts the signed-in account in front of it, so no one can resume, poison or delete
 * another editor's upload, even of the very same file.</li>
 * <li>When a chunk arrives that the portal already holds more of (the editor reloaded the page and picked the same
 * file, and the page began sending before it heard how much had arrived), the answer carries
 * {@code Range: bytes=0-<last byte held>}, which makes the browser's uploader continue from there instead of sending
 * again what already arrived.</li>
 * <li>The chunks wait in {@code DATA_DIR/media/work/upload-chunks}, one folder per owner and file, so an
 * upload can be resumed after a restart of the portal as well.</li>
 * <li>A chunk cut off by a dropped connection is answered 400 quietly: the browser asks how much arrived and
 * continues.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/editor/*")
public class ChunkedUploadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ChunkedUploadFilter.class.getName());
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})");
    static final String FILE_ID = "X-File-Id";

    @Inject
    transient MediaWorkArea workArea;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String owner = request.getRemoteUser();
        String fileId;
        try {
            fileId = owner == null ? null : request.getParameter(FILE_ID);
        } catch (RuntimeException truncated) { // the multipart body ended early: the connection dropped
            LOG.fine(() -> "A chunk was cut off: " + truncated);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The chunk arrived incomplete; send it again");
            return;
        }
        if (fileId == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest owned = new OwnedUpload(request, owner, new MultipartConfigElement(chunkFolder().toString()));
        Matcher range = CONTENT_RANGE.matcher(String.valueOf(request.getHeader("Content-Range")));
        if ("POST".equals(request.getMethod()) && range.matches()) {
            long held = FileUploadUtils.getFileUploadChunkDecoder(owned).decodeUploadedBytes(owned);
            resumeHint(held, Long.parseLong(range.group(2)), Long.parseLong(range.group(3)))
                    .ifPresent(hint -> response.setHeader("Range", hint));
        }
        chain.doFilter(owned, response);
    }

    /** The Range answer that sends the uploader ahead to what is already held, when that is beyond this chunk. */
    static java.util.Optional<String> resumeHint(long held, long lastByteOfChunk, long total) {
        return held > lastByteOfChunk + 1 && held < total
                ? java.util.Optional.of("bytes=0-" + (held - 1)) : java.util.Optional.empty();
    }

    /** Where the chunks of uploads wait: on the data disk, so an upload survives a restart of the portal too. */
    private Path chunkFolder() throws IOException {
        return workArea.folder("upload-chunks");
    }

    static String owned(String owner, String fileId) {
        return owner + "\u0000" + fileId;
    }

    /**
     * The request as PrimeFaces sees it: the upload's id names its owner too, and the first multipart configuration
     * among its attributes (where PrimeFaces looks for the folder of chunks) is the portal's.
     */
    private static final class OwnedUpload extends HttpServletRequestWrapper {

        private static final String CHUNK_FOLDER = ChunkedUploadFilter.class.getName() + ".chunks";
        private final String owner;
        private final MultipartConfigElement chunks;

        OwnedUpload(HttpServletRequest request, String owner, MultipartConfigElement chunks) {
            super(request);
            this.owner = owner;
            this.chunks = chunks;
        }

        @Override
        public Object getAttribute(String name) {
            return CHUNK_FOLDER.equals(name) ? chunks : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            List<String> names = new ArrayList<>(List.of(CHUNK_FOLDER));
            names.addAll(Collections.list(super.getAttributeNames()));
            return Collections.enumeration(names);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            return FILE_ID.equals(name) && value != null ? owned(owner, value) : value;
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            if (!FILE_ID.equals(name) || values == null) {
                return values;
            }
            return Arrays.stream(values).map(v -> owned(owner, v)).toArray(String[]::new);
        }
    }
}
