package th.go.moph.healthliteracy.platform.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.platform.web.Problem;

/**
 * Public reads (search, suggest, Atom and JSON Feed) are limited to {@code PUBLIC_RATE_LIMIT_PER_MINUTE} requests per
 * calling address and instance; over it, 429 with {@code Retry-After}. 0 lifts the limit (benchmarks do, to measure
 * the portal rather than the limit). Behind a reverse proxy, list it in {@code TRUSTED_PROXIES} (comma-separated
 * addresses): for requests from it, the caller is the last address it added to {@code X-Forwarded-For}.
 */
@Provider
@PublicRateLimited
@Priority(Priorities.AUTHENTICATION)
public class PublicRateLimitFilter implements ContainerRequestFilter {

    private static final TokenBuckets CALLERS = new TokenBuckets(100_000);

    @Inject
    @ConfigProperty(name = "PUBLIC_RATE_LIMIT_PER_MINUTE", defaultValue = "600")
    int perMinute;

    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES", defaultValue = " ")
    String trustedProxies;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (perMinute <= 0) {
            return;
        }
        TokenBuckets.Decision decision = CALLERS.take(caller(), perMinute, System.nanoTime());
        if (!decision.allowed()) {
            request.abortWith(Problem.of(429, "Too many requests", "Please wait a moment before searching again")
                    .response(r -> r.header("Retry-After", Long.toString(decision.retryAfterSeconds()))));
        }
    }

    /** The calling address: the peer's, or the one a trusted proxy forwarded. */
    private String caller() {
        String peer = servletRequest.getRemoteAddr();
        String forwarded = servletRequest.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()
                || java.util.Arrays.stream(trustedProxies.split(",")).map(String::strip).noneMatch(peer::equals)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }
}
