package th.go.moph.healthliteracy.publishing;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A GovChannel consumer as the README tells one to be: it keeps the cursor, applies items (insert or replace) and
 * tombstones (remove), and polls until {@code hasMore} is false. It also notes anything a consumer should never see:
 * an item's revision going backwards.
 */
final class FeedConsumer {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI feed;
    private final String view;
    private final int limit;
    private final Map<String, JsonObject> copy = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<String, String> removals = new HashMap<>();
    private final List<String> backwards = new ArrayList<>();
    private final StringBuilder everything = new StringBuilder();
    private final String key;
    private String cursor;

    /** {@code view}: the filter parameters ("lang=th&topic=x"), or ""; {@code key}: the consumer's API key. */
    FeedConsumer(URI base, String key, String view, int limit) {
        this.feed = base.resolve("api/v1/feed");
        this.key = key;
        this.view = view;
        this.limit = limit;
    }

    /** Polls until the feed has nothing more; returns how many pages it read. */
    int sync() throws Exception {
        int pages = 0;
        boolean more = true;
        while (more) {
            String query = "limit=" + limit + (view.isEmpty() ? "" : "&" + view)
                    + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(feed + "?" + query))
                    .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("feed answered " + answer.statusCode() + ": " + answer.body());
            }
            everything.append(answer.body()).append('\n');
            JsonObject page = Json.createReader(new StringReader(answer.body())).readObject();
            for (JsonValue value : page.getJsonArray("items")) {
                JsonObject item = value.asJsonObject();
                String id = item.getString("id");
                int version = item.getInt("version");
                if (versions.containsKey(id) && versions.get(id) > version) {
                    backwards.add(id + ": revision " + versions.get(id) + " then " + version);
                }
                versions.put(id, version);
                copy.put(id, item);
                removals.remove(id);
            }
            for (JsonValue value : page.getJsonArray("tombstones")) {
                JsonObject tombstone = value.asJsonObject();
                copy.remove(tombstone.getString("id"));
                removals.put(tombstone.getString("id"), tombstone.getString("reason"));
            }
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
            pages++;
        }
        return pages;
    }

    Map<String, JsonObject> copy() {
        return copy;
    }

    /** The reason of the last tombstone seen for each item removed and not back since. */
    Map<String, String> removals() {
        return removals;
    }

    List<String> backwards() {
        return backwards;
    }

    /** Every answer body read so far. */
    String everything() {
        return everything.toString();
    }

    String cursor() {
        return cursor;
    }
}
