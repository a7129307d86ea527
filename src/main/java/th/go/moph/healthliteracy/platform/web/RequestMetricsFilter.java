package th.go.moph.healthliteracy.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Request latency for MicroProfile Metrics: {@code http_server_requests_seconds{area, status}}, a timer per part of the
 * portal (site, api, media, editor, admin, other) and status class (2xx … 5xx) — few series, whatever the URLs.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    MetricRegistry registry;

    /** The registry's timers by area and status class, found once: looking one up validates its tags every time. */
    private final transient ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            int status = failed ? 500 : response.getStatus(); // a failure the container answers after this filter
            String area = area(path);
            String statusClass = (status / 100) + "xx";
            timers.computeIfAbsent(area + ' ' + statusClass, k -> registry.timer("http_server_requests",
                    new Tag("area", area), new Tag("status", statusClass)))
                    .update(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    static String area(String path) {
        if (path.startsWith("/api/")) {
            return "api";
        } else if (path.startsWith("/media/")) {
            return "media";
        } else if (path.startsWith("/editor/")) {
            return "editor";
        } else if (path.startsWith("/admin/")) {
            return "admin";
        } else if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/health")
                || path.startsWith("/metrics") || path.startsWith("/signin")) {
            return "other";
        }
        return "site";
    }
}
