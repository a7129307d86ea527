package th.go.moph.healthliteracy.publishing.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A government channel registered to pull the feed: its name, the view it may read, its request rate, and optionally
 * the address its webhooks go to. Its API key is shown once, at registration or rotation, and kept only as a hash.
 */
@Entity
@Table(name = "feed_consumer")
@NamedQuery(name = FeedConsumer.BY_KEY, query = "select c from FeedConsumer c where c.keyHash = :hash")
@NamedQuery(name = FeedConsumer.ALL, query = "select c from FeedConsumer c order by c.name")
public class FeedConsumer {

    public static final String BY_KEY = "FeedConsumer.byKey";
    public static final String ALL = "FeedConsumer.all";
    public static final int MAX_RATE = 1_000_000;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "key_hint", nullable = false)
    private String keyHint;

    @Column(name = "allowed_view", nullable = false)
    private String allowedView;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @Column(name = "webhook_url")
    private String webhookUrl;

    @Column(name = "webhook_secret")
    private String sealedWebhookSecret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected FeedConsumer() {
        // for JPA
    }

    private FeedConsumer(String name, FeedFilter view, int requestsPerMinute, ApiKey key, Instant now) {
        this.id = UUID.randomUUID();
        this.name = requireName(name);
        this.allowedView = view.toQuery();
        this.requestsPerMinute = requireRate(requestsPerMinute);
        this.keyHash = key.hash();
        this.keyHint = key.hint();
        this.active = true;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** A new consumer with its first key, which the caller shows once. */
    public static FeedConsumer register(String name, FeedFilter view, int requestsPerMinute, ApiKey key, Instant now) {
        return new FeedConsumer(name, view, requestsPerMinute, key, now);
    }

    /** A new key replaces the old one at once. */
    public void rotateKey(ApiKey key, Instant now) {
        this.keyHash = key.hash();
        this.keyHint = key.hint();
        this.changedAt = now;
    }

    public void change(FeedFilter view, int rate, Instant now) {
        this.allowedView = view.toQuery();
        this.requestsPerMinute = requireRate(rate);
        this.changedAt = now;
    }

    /** Sends webhooks to {@code url}, signed with a secret sealed by the caller; null stops them. */
    public void sendWebhooksTo(URI url, String sealedSecret, Instant now) {
        if (url == null) {
            this.webhookUrl = null;
            this.sealedWebhookSecret = null;
        } else {
            String scheme = Objects.toString(url.getScheme(), "").toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null
                    || url.getUserInfo() != null || url.getFragment() != null) {
                throw new IllegalArgumentException("A webhook address is an http(s) address without user or fragment");
            }
            this.webhookUrl = url.toString();
            this.sealedWebhookSecret = Objects.requireNonNull(sealedSecret);
        }
        this.changedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.changedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.changedAt = now;
    }

    private static String requireName(String name) {
        if (name == null || name.strip().length() < 2 || name.strip().length() > 200) {
            throw new IllegalArgumentException("A consumer's name is 2 to 200 characters");
        }
        return name.strip();
    }

    private static int requireRate(int rate) {
        if (rate < 1 || rate > MAX_RATE) {
            throw new IllegalArgumentException("The request rate is 1 to " + MAX_RATE + " a minute");
        }
        return rate;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String keyHint() { return keyHint; }
    public FeedFilter allowedView() { return FeedFilter.parseQuery(allowedView); }
    public int requestsPerMinute() { return requestsPerMinute; }
    public String webhookUrl() { return webhookUrl; }
    public String sealedWebhookSecret() { return sealedWebhookSecret; }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }
    public Instant changedAt() { return changedAt; }
}
