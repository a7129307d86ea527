package th.go.moph.healthliteracy.identity.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a password chosen by an editor must be: at least {@value #MIN_LENGTH} characters; not one of the 30,000 most
 * common passwords (the list bundled with zxcvbn) nor built around one; not the account's username or name; and hard
 * enough to guess (zxcvbn's score of at least 3 of 4, about 10^8 guesses). Every problem is named at once. A long
 * phrase of ordinary words passes; no rule asks for symbols or digits (NIST SP 800-63B).
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The problems with {@code password} for the account named {@code username} / {@code displayName}; none: fine. */
    public List<String> problems(String password, String username, String displayName) {
        List<String> problems = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("at least " + MIN_LENGTH + " characters (a phrase of a few words is easiest to remember)");
        }
        if (length > MAX_LENGTH) {
            problems.add("at most " + MAX_LENGTH + " characters");
        }
        if (password == null || password.isBlank() || length > MAX_LENGTH) {
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        List<String> personal = Stream.concat(Stream.of(username), Arrays.stream(displayName == null ? new String[0]
                : displayName.split("\\s+"))).filter(w -> w != null && w.length() >= 4)
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (personal.stream().anyMatch(lower::contains)) {
            problems.add("not your username or name");
        }
        Strength strength = zxcvbn.measure(password, personal);
        boolean common = strength.getSequence().stream().anyMatch(m -> m.pattern == Pattern.Dictionary
                && "passwords".equals(m.dictionaryName) && m.tokenLength() * 2 >= length);
        if (common) {
            problems.add("not one of the most common passwords, or built around one");
        } else if (strength.getScore() < MIN_SCORE && length >= MIN_LENGTH) {
            String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
            problems.add("harder to guess" + (warning == null || warning.isBlank() ? "" : " (" + warning + ")"));
        }
        return problems;
    }
}
