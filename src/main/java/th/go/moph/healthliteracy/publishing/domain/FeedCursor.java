package th.go.moph.healthliteracy.publishing.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;

/**
 * Where a feed consumer stands: the position of the last entry it has seen. Opaque to consumers (they send back what
 * they were given); absent means "from the beginning".
 */
public record FeedCursor(long position) {

    public static final FeedCursor START = new FeedCursor(0);
    private static final String PREFIX = "feed.v1.";

    public FeedCursor {
        if (position < 0) {
            throw new IllegalArgumentException("a feed position is never negative");
        }
    }

    /** The cursor a consumer sent; a blank one is the start, anything not made by {@link #token()} a 400. */
    public static FeedCursor parse(String token) {
        if (token == null || token.isBlank()) {
            return START;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!decoded.startsWith(PREFIX) || !decoded.substring(PREFIX.length()).matches("\\d{1,18}")) {
            throw invalid();
        }
        return new FeedCursor(Long.parseLong(decoded.substring(PREFIX.length())));
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("cursor", "Not a cursor this feed gave out; send back the nextCursor of"
                + " the last page, or no cursor to start from the beginning");
    }
}
