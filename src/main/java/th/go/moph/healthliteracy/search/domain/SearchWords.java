package th.go.moph.healthliteracy.search.domain;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private static final Locale THAI = Locale.forLanguageTag("th");

    private SearchWords() {
    }

    /** The query without question and filler words, words separated by spaces; the query itself if nothing is left. */
    public static String meaningful(String query) {
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        for (String word : words(query)) {
            if (QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                dropped = true;
            } else {
                kept.add(word);
            }
        }
        return !dropped || kept.isEmpty() ? query : String.join(" ", kept);
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
