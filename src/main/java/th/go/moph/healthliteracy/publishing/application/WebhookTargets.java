package th.go.moph.healthliteracy.publishing.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may go: public addresses only. A name that resolves to a loopback, private, link-local, unique-local,
 * multicast or unspecified address is refused (server-side request forgery), checked when the address is registered
 * and again before every delivery (DNS may change), unless its host is listed in {@code WEBHOOK_ALLOWED_PRIVATE_HOSTS}
 * (comma-separated; for receivers inside the government network).
 */
@ApplicationScoped
public class WebhookTargets {

    /** A webhook address the portal will not call. */
    public static class RefusedTargetException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        RefusedTargetException(String message) {
            super(message);
        }
    }

    @Inject
    @ConfigProperty(name = "WEBHOOK_ALLOWED_PRIVATE_HOSTS")
    Optional<String> allowedPrivateHosts;

    /** The address, parsed and checked; a {@link RefusedTargetException} says why not. */
    public URI check(String address) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RefusedTargetException("Not a web address: " + address);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new RefusedTargetException("A webhook address is an http or https address with a host");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedTargetException("A webhook address carries no user name or password");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowed().contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("The webhook host " + host + " does not resolve");
        }
        for (InetAddress resolved : addresses) {
            if (isInternal(resolved)) {
                throw new RefusedTargetException("The webhook host " + host + " is an internal address ("
                        + resolved.getHostAddress() + "); only public addresses are called");
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64 // 100.64.0.0/10 shared address space
                || (bytes[0] & 0xff) == 169 && (bytes[1] & 0xff) == 254
                || (bytes[0] & 0xff) == 0;
    }

    private List<String> allowed() {
        return allowedPrivateHosts.map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .map(h -> h.toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList()).orElse(List.of());
    }
}
