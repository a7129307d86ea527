package th.go.moph.healthliteracy.platform.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calling address of a request: the peer's, or — when the peer is a reverse proxy listed in
 * {@code TRUSTED_PROXIES} (comma-separated addresses) — the one it forwarded in {@code X-Forwarded-For}. Rate limits,
 * the sign-in throttle and the audit trail all see callers this way; a forwarded header from anyone else is ignored.
 */
@ApplicationScoped
public class ClientAddresses {

    private final Set<String> trusted;

    @Inject
    public ClientAddresses(@ConfigProperty(name = "TRUSTED_PROXIES", defaultValue = " ") String trustedProxies) {
        trusted = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    protected ClientAddresses() {
        this(" "); // for the container's proxy
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !trusted.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }
}
