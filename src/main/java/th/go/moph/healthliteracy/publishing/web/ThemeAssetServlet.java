package th.go.moph.healthliteracy.publishing.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /theme-assets/<theme>/<file>}: a theme's CSS, logos and fonts, cacheable for a day. */
@WebServlet("/theme-assets/*")
public class ThemeAssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "woff2", "font/woff2", "ico", "image/x-icon", "js", "text/javascript; charset=utf-8");

    @Inject
    Themes themes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        String extension = path.substring(path.lastIndexOf('.') + 1);
        Optional<URL> file = slash < 0 || !TYPES.containsKey(extension) ? Optional.empty()
                : themes.file(path.substring(0, slash), "assets/" + path.substring(slash + 1));
        if (file.isEmpty()) {
            response.sendError(404);
            return;
        }
        byte[] bytes;
        try (InputStream in = file.get().openStream()) {
            bytes = in.readAllBytes();
        }
        response.setContentType(TYPES.get(extension));
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
