package th.go.moph.healthliteracy.platform.text;

import java.io.StringReader;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;

/**
 * JSON-P through factories made once. Each static method of {@code jakarta.json.Json} looks the provider up anew
 * through the class loader, which in the application server means searching the resources of every library jar:
 * on the search API that lookup cost a seventh of the portal's processor time per request.
 */
public final class Jsonp {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private Jsonp() {
    }

    /** The object {@code json} holds; a {@code jakarta.json.JsonException} if it is not one. */
    public static JsonObject object(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The array {@code json} holds; a {@code jakarta.json.JsonException} if it is not one. */
    public static JsonArray array(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    public static JsonObjectBuilder objectBuilder() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder arrayBuilder() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonArrayBuilder arrayBuilder(Collection<?> values) {
        return BUILDERS.createArrayBuilder(values);
    }
}
