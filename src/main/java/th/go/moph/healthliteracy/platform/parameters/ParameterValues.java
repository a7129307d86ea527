package th.go.moph.healthliteracy.platform.parameters;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of the raw values of public request parameters, shared by every public API: each refusal names the
 * parameter and says what it may hold.
 */
public final class ParameterValues {

    public static final Pattern TOPIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9-]{2,32}");
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** The most values one filter parameter takes. */
    public static final int MAX_VALUES = 20;

    private ParameterValues() {
    }

    /** The values of a repeatable parameter (repeated or comma-separated), stripped, without blanks and repeats. */
    public static List<String> values(String parameter, List<String> raw) {
        List<String> values = raw == null ? List.of() : raw.stream()
                .flatMap(v -> v == null ? Stream.empty() : Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (values.size() > MAX_VALUES) {
            throw new InvalidParameterException(parameter, "Too many values for '" + parameter + "': at most "
                    + MAX_VALUES);
        }
        return values;
    }

    /** Topic codes, lower-cased. */
    public static List<String> topics(String parameter, List<String> raw) {
        return values(parameter, raw).stream().map(v -> v.toLowerCase(Locale.ROOT))
                .peek(v -> require(parameter, v, TOPIC.matcher(v).matches() && v.length() <= 40,
                        "a topic code (lower-case letters, digits and hyphens)")).toList();
    }

    /** Language codes, lower-cased. */
    public static List<String> languages(String parameter, List<String> raw) {
        return values(parameter, raw).stream().map(v -> v.toLowerCase(Locale.ROOT))
                .peek(v -> require(parameter, v, LANGUAGE.matcher(v).matches(), "a two- or three-letter language code"))
                .toList();
    }

    /** Names of {@code type}'s constants, written in any case, with hyphens or underscores. */
    public static <E extends Enum<E>> List<String> enumNames(String parameter, List<String> raw, Class<E> type) {
        return values(parameter, raw).stream().map(v -> enumName(parameter, v, type)).toList();
    }

    private static <E extends Enum<E>> String enumName(String parameter, String value, Class<E> type) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return name;
            }
        }
        throw new InvalidParameterException(parameter, "Unknown " + parameter + " '" + shorten(value) + "'; one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** A whole number, {@code absent} when the parameter is missing or blank. */
    public static int number(String parameter, String raw, int absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        String value = raw.strip();
        if (!value.matches("\\d{1,6}")) {
            throw new InvalidParameterException(parameter, parameter + " must be a whole number");
        }
        return Integer.parseInt(value);
    }

    public static void require(String parameter, String value, boolean ok, String what) {
        if (!ok) {
            throw new InvalidParameterException(parameter, "'" + shorten(value) + "' is not " + what);
        }
    }

    /** A value as quoted back in an error: never more than 40 characters of what the caller sent. */
    public static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
