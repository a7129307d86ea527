package th.go.moph.healthliteracy.content.domain;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Advisory plain-language figures for an article's text: words (Thai segmented with the JDK's dictionary-based
 * {@link BreakIterator}), sentences, average words per sentence, the sentences that run long, and reading time.
 * Thai marks the end of a sentence or clause with a space, not a full stop, so both count as sentence ends (but not
 * the space before the repetition mark ๆ).
 */
public record PlainLanguageHints(int words, int sentences, double wordsPerSentence, List<String> longSentences,
        int readingMinutes) {

    /** Sentences longer than this many words are highlighted. */
    public static final int LONG_SENTENCE_WORDS = 25;
    /** A typical adult reading speed for Thai and English on screen, in words a minute. */
    static final int WORDS_PER_MINUTE = 200;

    public static PlainLanguageHints of(String text, Locale language) {
        List<String> sentences = sentences(text == null ? "" : text);
        int words = 0;
        List<String> longOnes = new ArrayList<>();
        for (String sentence : sentences) {
            int count = countWords(sentence, language);
            words += count;
            if (count > LONG_SENTENCE_WORDS) {
                longOnes.add(sentence);
            }
        }
        double average = sentences.isEmpty() ? 0 : Math.round(10.0 * words / sentences.size()) / 10.0;
        int minutes = words == 0 ? 0 : Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE));
        return new PlainLanguageHints(words, sentences.size(), average, List.copyOf(longOnes), minutes);
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : text.split("\\n+|(?<=[.!?])\\s+|(?<=[\\u0E00-\\u0E7F])\\s+(?=[^\\sๆ])")) {
            String sentence = part.strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static int countWords(String sentence, Locale language) {
        BreakIterator boundaries = BreakIterator.getWordInstance(language);
        boundaries.setText(sentence);
        int count = 0;
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            if (sentence.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }
}
