package th.go.moph.healthliteracy.publishing.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    @Test
    void internalAddressesAreRecognisedAndPublicOnesAreNot() throws Exception {
        for (String internal : new String[] {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "224.0.0.1"}) {
            assertTrue(WebhookTargets.isInternal(InetAddress.getByName(internal)), internal);
        }
        for (String external : new String[] {"203.0.113.7", "8.8.8.8", "164.115.1.1", "2001:4860:4860::8888"}) {
            assertFalse(WebhookTargets.isInternal(InetAddress.getByName(external)), external);
        }
    }
}
