package th.go.moph.healthliteracy.publishing.api;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import th.go.moph.healthliteracy.platform.ratelimit.TokenBuckets;
import th.go.moph.healthliteracy.platform.web.Problem;
import th.go.moph.healthliteracy.publishing.application.ConsumerKeys;

/**
 * Lets a request through to the feed only with an active consumer's key ({@code Authorization: Bearer <key>}, or
 * {@code X-Api-Key}), within the consumer's requests per minute: otherwise 401, or 429 with {@code Retry-After}.
 */
@Provider
@ConsumerKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ConsumerKeyFilter implements ContainerRequestFilter {

    /** The request attribute holding the {@link ConsumerKeys.Access} of the caller. */
    static final String ACCESS = ConsumerKeyFilter.class.getName() + ".access";

    @Inject
    ConsumerKeys keys;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ConsumerKeys.Access> access = keys.authenticate(presentedKey(request));
        if (access.isEmpty()) {
            request.abortWith(Problem.of(401, "API key required", "The feed answers registered consumers: send your"
                    + " key as 'Authorization: Bearer <key>'").response(r -> r.header(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"govchannel-feed\"")));
            return;
        }
        TokenBuckets.Decision decision = keys.take(access.get());
        if (!decision.allowed()) {
            request.abortWith(Problem.of(429, "Too many requests", "This consumer may send "
                    + access.get().requestsPerMinute() + " requests a minute")
                    .response(r -> r.header("Retry-After", Long.toString(decision.retryAfterSeconds()))));
            return;
        }
        servletRequest.setAttribute(ACCESS, access.get());
    }

    private static String presentedKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return request.getHeaderString("X-Api-Key");
    }
}
