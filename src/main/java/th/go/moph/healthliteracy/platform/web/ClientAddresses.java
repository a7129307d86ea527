package th.go.moph.healthliteracy.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calling address of a request: the peer's, or — when the peer is a reverse proxy listed in
 * {@code TRUSTED_PROXIES} (comma-separated addresses or CIDR ranges, IPv4 or IPv6) — the address that proxy saw,
 * read from {@code X-Forwarded-For} right to left past every hop that is itself a trusted proxy (all such headers, in
 * order). Rate limits, the sign-in throttle and the audit trail all see callers this way; a forwarded header from
 * anyone else, or a hop that is not an address, is ignored. For limits, an IPv6 caller counts by its /64 network,
 * which one household or phone gets whole.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");
    private static final Pattern IPV6_WITH_PORT = Pattern.compile("\\[([0-9a-fA-F:.]+)\\](:\\d{1,5})?");

    private final List<Range> trusted;

    @Inject
    public ClientAddresses(@ConfigProperty(name = "TRUSTED_PROXIES", defaultValue = " ") String trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        trusted = List.copyOf(ranges);
    }

    protected ClientAddresses() {
        this(" "); // for the container's proxy
    }

    /** The caller's address, as text. */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            Arrays.stream(header.split(",")).map(String::strip).filter(h -> !h.isEmpty()).forEach(hops::add);
        }
        String caller = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return caller; // not an address: what lies beyond it cannot be believed
            }
            caller = hop.get().getHostAddress();
            if (!isTrusted(caller)) {
                return caller;
            }
        }
        return caller;
    }

    /** The key the caller's allowances count under: its address, or for IPv6 its /64 network. */
    public String limitKey(HttpServletRequest request) {
        return limitKey(of(request));
    }

    /** {@link #limitKey(HttpServletRequest)} for an address already known. */
    public static String limitKey(String address) {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty() || parsed.get().getAddress().length == 4) {
            return address;
        }
        byte[] network = Arrays.copyOf(parsed.get().getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            return address;
        }
    }

    private boolean isTrusted(String address) {
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    /** An IP address written as one: never a host name (no DNS lookup is ever made here). */
    static Optional<InetAddress> literal(String text) {
        if (text == null || text.length() > 60) {
            return Optional.empty();
        }
        String bare = text;
        Matcher v4 = IPV4_WITH_PORT.matcher(text);
        Matcher v6 = IPV6_WITH_PORT.matcher(text);
        if (v4.matches()) {
            bare = v4.group(1); // a proxy that adds the port: 203.0.113.9:51234
        } else if (v6.matches()) {
            bare = v6.group(1); // [2001:db8::1] or [2001:db8::1]:51234
        }
        if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
            return Optional.empty(); // never a name: nothing here may cause a DNS lookup
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range of {@code TRUSTED_PROXIES}. */
    record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            String[] parts = entry.split("/", 2);
            InetAddress address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "TRUSTED_PROXIES: not an IP address or CIDR range: " + entry));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1]);
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: bad prefix length in " + entry);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
