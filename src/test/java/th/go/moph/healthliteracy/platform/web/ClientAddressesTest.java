package th.go.moph.healthliteracy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

/** Who is calling, behind zero, one or several trusted proxies — and never whoever a forged header names. */
class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses("10.0.0.0/8, 192.168.1.5, fd00::/8");

    @Test
    void aDirectCallerIsTheCallerWhateverItsHeaderSays() {
        assertEquals("203.0.113.9", addresses.of(request("203.0.113.9", "198.51.100.1")));
    }

    @Test
    void behindATrustedProxyTheLastHopItAddedIsTheCaller() {
        assertEquals("198.51.100.7", addresses.of(request("192.168.1.5", "1.2.3.4, 198.51.100.7")));
    }

    @Test
    void hopsThatAreTrustedProxiesThemselvesAreWalkedPast() {
        assertEquals("198.51.100.7", addresses.of(request("10.1.2.3", "6.6.6.6, 198.51.100.7, 10.9.8.7")));
        assertEquals("198.51.100.7", addresses.of(request("10.1.2.3", "6.6.6.6", "198.51.100.7, 10.9.8.7")),
                "several headers count as one list, in order");
    }

    @Test
    void aHopThatIsNotAnAddressStopsTheWalk() {
        assertEquals("10.9.8.7", addresses.of(request("10.1.2.3", "evil.example, 10.9.8.7")));
        assertEquals("10.1.2.3", addresses.of(request("10.1.2.3", "unknown")));
    }

    @Test
    void portsAreSetAsideAndNamesNeverLookedUp() {
        assertEquals("198.51.100.7", addresses.of(request("10.1.2.3", "198.51.100.7:51234")));
        assertEquals("2001:db8:0:0:0:0:0:1", addresses.of(request("10.1.2.3", "[2001:db8::1]:443")));
        assertEquals("10.1.2.3", addresses.of(request("10.1.2.3", "ab.cd.ef.de")), "a name is not an address");
        assertEquals("10.1.2.3", addresses.of(request("10.1.2.3", "1.2.3.999")));
    }

    @Test
    void ipv6CallersAndProxies() {
        assertEquals("2001:db8:0:0:0:0:0:1", addresses.of(request("fd00::1", "2001:db8::1")));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddresses.limitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"),
                "an IPv6 caller counts by its /64");
        assertEquals("203.0.113.9", ClientAddresses.limitKey("203.0.113.9"));
    }

    @Test
    void aBadTrustedProxySettingIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("10.0.0.0/33"));
    }

    private static HttpServletRequest request(String peer, String... forwarded) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeaders" -> Collections.enumeration(List.of(forwarded));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
