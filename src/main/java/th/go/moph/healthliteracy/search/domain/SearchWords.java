package th.go.moph.healthliteracy.search.domain;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words of a query that carry its meaning. Citizens type questions ("ท้องเสียควรกินอะไร", "ลูกฟันผุทำไงดี"); the
 * question and filler words match nearly every article and say nothing about the topic, so they are dropped before
 * the query is built. Segmented with the JDK's Thai word breaker — the one Elasticsearch's {@code thai} tokenizer uses
 * — and done here rather than with a stop filter in the index, because a stop filter before {@code synonym_graph}
 * would make Elasticsearch skip every synonym rule containing one of these words.
 */
public final class SearchWords {

    /**
     * Question words and particles only: never a word that is also a syllable of transliterated terms (ดี as in
     * เออีดี, AED), nor one that carries meaning in a health query.
     */
    static final Set<String> QUESTION_WORDS = Set.of("อะไร", "อย่างไร", "ยังไง", "ไง", "ทำไง", "ทำไงดี", "ทำยังไง",
            "ทำอย่างไร", "ทำไม", "ไหม", "มั้ย", "หรือไม่", "บ้าง", "ควร", "ต้อง", "ทำ", "ครับ", "ค่ะ", "คะ", "นะ",
            "หน่อย", "แบบไหน", "ไหน", "เท่าไร", "เท่าไหร่", "เมื่อไร", "เมื่อไหร่", "ช่วย", "อยาก", "วิธี",
            "how", "what", "why", "when", "which", "should", "do", "does", "is", "are", "can", "i", "my");

    /**
     * Question words that hardly any Thai word begins or ends with (unlike วิธี in วิธีการ, or ทำ in ทำแท้ง; ทำไมตรี, to
     * befriend, is one, and rare in a health query). The dictionary does not know every colloquial form, and the word
     * breaker leaves what follows an unknown word in one piece ("ยังไงให้สำเร็จ"): these are cut from either end of
     * such a piece, never inside a syllable (ทำไม้กวาด, เท่าไร่, บ้างาน stay whole), and the rest is segmented again.
     */
    static final List<String> UNMISTAKABLE = Stream.of("ทำอย่างไร", "เมื่อไหร่", "เท่าไหร่", "หรือไม่", "อย่างไร",
            "ทำยังไง", "เมื่อไร", "เท่าไร", "แบบไหน", "ทำไงดี", "ยังไง", "หน่อย", "อะไร", "ทำไง", "ทำไม", "บ้าง")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList(); // the longest first

    private static final Locale THAI = Locale.forLanguageTag("th");

    private SearchWords() {
    }

    /** The query without question and filler words, words separated by spaces; the query itself if nothing is left. */
    public static String meaningful(String query) {
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        Deque<String> pending = new ArrayDeque<>(words(query));
        while (!pending.isEmpty()) {
            String word = pending.pop();
            if (QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                dropped = true;
                continue;
            }
            String rest = withoutQuestionAtEitherEnd(word);
            if (rest == null) {
                kept.add(word);
            } else {
                dropped = true;
                List<String> again = words(rest);
                for (int i = again.size() - 1; i >= 0; i--) {
                    pending.push(again.get(i));
                }
            }
        }
        return !dropped || kept.isEmpty() ? query : String.join(" ", kept);
    }

    /** {@code word} without an unmistakable question word at its start or end, or null if it has none. */
    static String withoutQuestionAtEitherEnd(String word) {
        for (String question : UNMISTAKABLE) {
            if (word.length() > question.length()) {
                if (word.startsWith(question) && !followsAConsonant(word.charAt(question.length()))) {
                    return word.substring(question.length());
                } else if (word.endsWith(question) && !precedesAConsonant(word.charAt(word.length() - question.length() - 1))) {
                    return word.substring(0, word.length() - question.length());
                }
            }
        }
        return null;
    }

    /** A tone mark, an upper or lower vowel, or ะ า ำ ๅ: a Thai character that belongs to the consonant before it. */
    private static boolean followsAConsonant(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0e30' || c == '\u0e32' || c == '\u0e33'
                || c == '\u0e45';
    }

    /** เ แ โ ใ ไ: vowels written before the consonant they follow in speech. */
    private static boolean precedesAConsonant(char c) {
        return c >= '\u0e40' && c <= '\u0e44';
    }

    /** The words of {@code text}, Thai segmented by the dictionary, other scripts at spaces and punctuation. */
    public static List<String> words(String text) {
        BreakIterator breaker = BreakIterator.getWordInstance(THAI);
        breaker.setText(text);
        List<String> words = new ArrayList<>();
        for (int start = breaker.first(), end = breaker.next(); end != BreakIterator.DONE;
                start = end, end = breaker.next()) {
            String word = text.substring(start, end);
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }
}
