package th.go.moph.healthliteracy.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.platform.web.ClientAddresses;
import th.go.moph.healthliteracy.platform.web.Problem;

/**
 * Public reads (search, suggest, Atom and JSON Feed) are limited to {@code PUBLIC_RATE_LIMIT_PER_MINUTE} requests per
 * calling address and instance; over it, 429 with {@code Retry-After}. 0 lifts the limit (benchmarks do, to measure
 * the portal rather than the limit). Behind a reverse proxy, list it in {@code TRUSTED_PROXIES} (comma-separated
 * addresses): for requests from it, the caller is the last address it added to {@code X-Forwarded-For}.
 */
@ApplicationScoped
public class PublicRateLimits {

    private final TokenBuckets callers = new TokenBuckets(100_000);
    private final TokenBuckets writers = new TokenBuckets(100_000);
    private final TokenBuckets signIns = new TokenBuckets(100_000);

    @Inject
    @ConfigProperty(name = "PUBLIC_RATE_LIMIT_PER_MINUTE", defaultValue = "600")
    int perMinute;

    @Inject
    @ConfigProperty(name = "PUBLIC_WRITE_LIMIT_PER_MINUTE", defaultValue = "5")
    int writesPerMinute;

    @Inject
    @ConfigProperty(name = "SIGN_IN_RATE_LIMIT_PER_MINUTE", defaultValue = "30")
    int signInsPerMinute;

    @Inject
    ClientAddresses addresses;

    /** Takes one request from the caller's allowance. */
    public TokenBuckets.Decision take(HttpServletRequest request) {
        if (perMinute <= 0) {
            return new TokenBuckets.Decision(true, 0);
        }
        return callers.take(caller(request), perMinute, System.nanoTime());
    }

    /** Takes one public write (a problem report) from the caller's much smaller allowance. */
    public TokenBuckets.Decision takeWrite(HttpServletRequest request) {
        if (writesPerMinute <= 0) {
            return new TokenBuckets.Decision(true, 0);
        }
        return writers.take(caller(request), writesPerMinute, System.nanoTime());
    }

    /**
     * Takes one sign-in attempt (a posted sign-in form, a single sign-on start or return) from the caller's allowance:
     * before any password is checked, throttle row written or audit entry made, so a flood costs the portal little.
     */
    public TokenBuckets.Decision takeSignIn(HttpServletRequest request) {
        if (signInsPerMinute <= 0) {
            return new TokenBuckets.Decision(true, 0);
        }
        return signIns.take(caller(request), signInsPerMinute, System.nanoTime());
    }

    /** Answers a refused request: 429, when to come back, and why. */
    public static void refuse(HttpServletResponse response, TokenBuckets.Decision decision) throws java.io.IOException {
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        Problem.of(429, "Too many requests", "Please wait a moment before asking again").write(response);
    }

    private String caller(HttpServletRequest request) {
        return addresses.limitKey(request);
    }
}
