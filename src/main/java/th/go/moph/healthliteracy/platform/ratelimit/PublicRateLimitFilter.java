package th.go.moph.healthliteracy.platform.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import th.go.moph.healthliteracy.platform.web.Problem;

/** Applies {@link PublicRateLimits} to the resources marked {@link PublicRateLimited}. */
@Provider
@PublicRateLimited
@Priority(Priorities.AUTHENTICATION)
public class PublicRateLimitFilter implements ContainerRequestFilter {

    @Inject
    PublicRateLimits limits;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        TokenBuckets.Decision decision = limits.take(servletRequest);
        if (!decision.allowed()) {
            request.abortWith(Problem.of(429, "Too many requests", "Please wait a moment before asking again")
                    .response(r -> r.header("Retry-After", Long.toString(decision.retryAfterSeconds()))));
        }
    }
}
