package th.go.moph.healthliteracy.localstack.searchnode.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

import org.elasticsearch.common.settings.Settings;

/** The {@code token_chars} setting of the n-gram tokenizers: which characters belong to a token. */
final class TokenCharacters {

    private TokenCharacters() {
    }

    /** @return the predicate, or {@code null} when every character belongs to tokens (no token_chars given) */
    static IntPredicate from(Settings settings) {
        List<String> classes = settings.getAsList("token_chars");
        if (classes.isEmpty()) {
            return null;
        }
        IntPredicate matcher = c -> false;
        for (String characterClass : classes) {
            matcher = matcher.or(forClass(characterClass.toLowerCase(Locale.ROOT), settings));
        }
        return matcher;
    }

    private static IntPredicate forClass(String characterClass, Settings settings) {
        return switch (characterClass) {
            case "letter" -> Character::isLetter;
            case "digit" -> Character::isDigit;
            case "whitespace" -> Character::isWhitespace;
            case "punctuation" -> TokenCharacters::isPunctuation;
            case "symbol" -> TokenCharacters::isSymbol;
            case "custom" -> custom(settings.get("custom_token_chars"));
            default -> throw new IllegalArgumentException("Unknown token type: '" + characterClass
                    + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
        };
    }

    private static IntPredicate custom(String characters) {
        if (characters == null || characters.isEmpty()) {
            throw new IllegalArgumentException("Token type: 'custom' requires setting `custom_token_chars`");
        }
        return c -> characters.indexOf(c) >= 0;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isSymbol(int c) {
        return switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
