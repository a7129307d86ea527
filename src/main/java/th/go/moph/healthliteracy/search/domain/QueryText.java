package th.go.moph.healthliteracy.search.domain;

import java.text.Normalizer;

import th.go.moph.healthliteracy.platform.parameters.InvalidParameterException;

/**
 * What a citizen typed, made fit to search: NFC-normalised, control and zero-width characters removed (Thai text
 * pasted from Word or LINE often carries U+200B), whitespace collapsed, at most {@link #MAX_LENGTH} characters.
 */
public record QueryText(String value) {

    public static final int MAX_LENGTH = 200;

    public QueryText {
        if (value == null) {
            value = "";
        }
    }

    /** Cleans raw input; refuses what is far too long to be a search, rather than silently cutting it. */
    public static QueryText of(String raw, String parameter) {
        if (raw == null) {
            return new QueryText("");
        }
        if (raw.length() > 4 * MAX_LENGTH) {
            throw new InvalidParameterException(parameter, "The search text is too long: at most " + MAX_LENGTH
                    + " characters");
        }
        String cleaned = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replaceAll("\\p{Cf}", "") // zero-width spaces and joiners sit inside Thai words
                .replaceAll("[\\p{Cc}\\u2028\\u2029]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (cleaned.length() > MAX_LENGTH) {
            throw new InvalidParameterException(parameter, "The search text is too long: at most " + MAX_LENGTH
                    + " characters");
        }
        return new QueryText(cleaned);
    }

    public boolean isBlank() {
        return value.isEmpty();
    }

    /** True when there is text but nothing in it could match a word (only symbols or punctuation). */
    public boolean hasNoWords() {
        return !value.isEmpty() && value.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
