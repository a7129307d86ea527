package th.go.moph.healthliteracy.publishing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import th.go.moph.healthliteracy.platform.text.Sha256;
import th.go.moph.healthliteracy.platform.web.EntityTags;

/**
 * Every citizen page: a strict Content-Security-Policy (the portal's own scripts, styles, pictures and media only; no
 * inline script or style; no framing), no sniffing, a modest referrer; cacheable for a minute and revalidated by an
 * ETag of its bytes, so an unchanged page costs a 304. The views themselves ({@code /site/*.xhtml}) are reachable only
 * through the site's addresses.
 */
@WebFilter(urlPatterns = {"/th/*", "/en/*", "/sitemap.xml", "/robots.txt", "/site/*"},
        dispatcherTypes = DispatcherType.REQUEST)
public class PublicPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; worker-src 'self' blob:;"
            + " font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getServletPath().startsWith("/site/")) {
            response.sendError(404);
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] body = withoutNonces(buffered.bytes(), buffered.getContentType());
        if (buffered.getStatus() == 200 || buffered.getStatus() == 404 || buffered.getStatus() == 410) {
            response.setHeader("Cache-Control", "public, max-age=60");
        }
        if (buffered.getStatus() == 200 && !response.containsHeader("Location")) {
            String etag = Sha256.hex(body, 16);
            response.setHeader("ETag", "\"" + etag + "\"");
            if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
                response.setStatus(304);
                return;
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * A page without the script nonces PrimeFaces writes for the staff pages' policy: the site's own policy allows no
     * inline script, so they would mean nothing here, and a fresh one per answer would change every page's ETag.
     */
    static byte[] withoutNonces(byte[] body, String contentType) {
        if (contentType == null || !contentType.startsWith("text/html")) {
            return body;
        }
        String bytes = new String(body, StandardCharsets.ISO_8859_1); // one char per byte: the UTF-8 passes untouched
        String cleaned = NONCE.matcher(bytes).replaceAll("");
        return cleaned.length() == bytes.length() ? body : cleaned.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final Pattern NONCE = Pattern.compile(" nonce=\"[A-Za-z0-9+/=_-]*\"");

    /** Holds the page's bytes until they are all written, to tag them. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("pages are written blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the filter sets it from the bytes it holds
        }

        @Override
        public void setContentLengthLong(long length) {
            // the filter sets it from the bytes it holds
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
