package th.go.moph.healthliteracy.content.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationLinkCheckerTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "::1", "fd00::1", "fe80::1"})
    void privateAndLocalAddressesAreNotFetched(String host) throws Exception {
        assertTrue(CitationLinkChecker.isPrivate(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "203.150.1.1", "2001:4860:4860::8888"})
    void publicAddressesAre(String host) throws Exception {
        assertFalse(CitationLinkChecker.isPrivate(host), host);
    }
}
