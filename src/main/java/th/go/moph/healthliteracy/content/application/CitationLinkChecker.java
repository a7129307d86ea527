package th.go.moph.healthliteracy.content.application;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the addresses that items cite, so broken sources show on the editors' dashboard. Every six hours it checks
 * each cited address not checked within {@code LINK_CHECK_INTERVAL_HOURS}: a HEAD request (GET where HEAD is not
 * allowed), redirects followed, 10 s at most. Addresses on private, loopback or link-local networks are not
 * fetched unless {@code LINK_CHECK_ALLOW_PRIVATE} is set (the portal must not become a way into its own network).
 * Switched off with {@code LINK_CHECK_ENABLED=false}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CitationLinkChecker {

    private static final Logger LOG = Logger.getLogger(CitationLinkChecker.class.getName());

    @Inject
    CitationChecks checks;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "LINK_CHECK_ENABLED", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "LINK_CHECK_ALLOW_PRIVATE", defaultValue = "false")
    boolean allowPrivate;

    @Inject
    @ConfigProperty(name = "LINK_CHECK_INTERVAL_HOURS", defaultValue = "24")
    int intervalHours;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Schedule(hour = "*/6", minute = "17", persistent = false)
    public void checkDue() {
        if (enabled) {
            checkAddressesNotCheckedSince(clock.instant().minus(Duration.ofHours(intervalHours)));
        }
    }

    /** Checks every cited address last checked before {@code since} (or never); returns how many were checked. */
    public int checkAddressesNotCheckedSince(Instant since) {
        List<String> due = checks.addressesDue(since);
        int checked = 0;
        for (String url : due) {
            Optional<Result> result = check(url);
            if (result.isPresent()) {
                checks.record(url, result.get().ok(), result.get().status(), result.get().problem(), clock.instant());
                checked++;
            }
        }
        if (checked > 0) {
            LOG.info("Checked " + checked + " cited addresses");
        }
        return checked;
    }

    /** The outcome of one address; empty when it was not fetched (a private address). */
    Optional<Result> check(String url) {
        URI uri;
        try {
            uri = URI.create(url);
            if (!allowPrivate && isPrivate(uri.getHost())) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException | UnknownHostException e) {
            return Optional.of(new Result(false, null, "address cannot be resolved: " + e.getMessage()));
        }
        try {
            int status = send(uri, "HEAD");
            if (status == 405 || status == 501) {
                status = send(uri, "GET");
            }
            boolean ok = status < 400;
            return Optional.of(new Result(ok, status, ok ? null : "HTTP " + status));
        } catch (IOException e) {
            return Optional.of(new Result(false, null, e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10)).header("User-Agent", "HealthLiteracyPortal-LinkCheck/1").build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static boolean isPrivate(String host) throws UnknownHostException {
        if (host == null) {
            return true;
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress()
                    || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc)) {
                return true;
            }
        }
        return false;
    }

    record Result(boolean ok, Integer status, String problem) {
    }
}
