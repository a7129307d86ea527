package th.go.moph.healthliteracy.publishing.application;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import th.go.moph.healthliteracy.platform.ratelimit.TokenBuckets;
import th.go.moph.healthliteracy.publishing.domain.ApiKey;
import th.go.moph.healthliteracy.publishing.domain.FeedConsumer;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.FeedConsumerRepository;

/**
 * Who is calling the feed: a presented API key, looked up by its hash. Answers are remembered for a minute (feed
 * consumers poll often, and a 304 should cost no database round trip); a change made on this instance forgets them at
 * once, one made on another instance takes effect within {@link #REMEMBERED}. Also holds each consumer's request
 * allowance.
 */
@ApplicationScoped
public class ConsumerKeys {

    static final Duration REMEMBERED = Duration.ofMinutes(1);

    /** An active consumer, as a request sees it. */
    public record Access(UUID consumerId, String name, FeedFilter allowedView, int requestsPerMinute) {
    }

    private record Remembered(Optional<Access> access, long until) {
    }

    @Inject
    FeedConsumerRepository repository;

    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final TokenBuckets allowances = new TokenBuckets(10_000);

    /** The active consumer holding {@code presented}, if any; no database round trip while remembered. */
    public Optional<Access> authenticate(String presented) {
        if (!ApiKey.looksLikeKey(presented)) {
            return Optional.empty();
        }
        String hash = ApiKey.hashOf(presented);
        long now = System.nanoTime();
        Remembered known = remembered.get(hash);
        if (known != null && known.until() - now > 0) {
            return known.access();
        }
        Optional<Access> access = repository.byKeyHash(hash).filter(FeedConsumer::active)
                .map(c -> new Access(c.id(), c.name(), c.allowedView(), c.requestsPerMinute()));
        if (remembered.size() > 10_000) {
            remembered.clear(); // someone is trying many keys; forget rather than grow
        }
        remembered.put(hash, new Remembered(access, now + REMEMBERED.toNanos()));
        return access;
    }

    /** Takes one request from the consumer's allowance. */
    public TokenBuckets.Decision take(Access access) {
        return allowances.take(access.consumerId().toString(), access.requestsPerMinute(), System.nanoTime());
    }

    void forgetAll() {
        remembered.clear();
    }
}
