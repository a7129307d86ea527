package th.go.moph.healthliteracy.content.application;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import th.go.moph.healthliteracy.content.domain.Citation;
import th.go.moph.healthliteracy.content.domain.ContentDraft;

/**
 * A side-by-side comparison of two revisions, field by field: title, summary, body text and every classification
 * field. Text is compared word by word (Thai segmented by the JDK's {@link BreakIterator}); removed words are marked
 * {@code <del>} on the left, added words {@code <ins>} on the right. All text is HTML-escaped.
 */
public final class RevisionDiff {

    private RevisionDiff() {
    }

    /** One field: whether it changed, and its before and after as safe HTML. */
    public record FieldDiff(String field, boolean changed, String before, String after) {
    }

    public static List<FieldDiff> between(ContentDraft before, ContentDraft after, Locale language) {
        List<FieldDiff> fields = new ArrayList<>();
        fields.add(text("title", before.title(), after.title(), language));
        fields.add(text("summary", before.summary(), after.summary(), language));
        fields.add(text("body", ArticleHtml.text(before.body()), ArticleHtml.text(after.body()), language));
        fields.add(text("topics", String.join(", ", before.topics()), String.join(", ", after.topics()), language));
        fields.add(text("audiences", names(before), names(after), language));
        fields.add(text("licence", before.licence() == null ? "" : before.licence().label(),
                after.licence() == null ? "" : after.licence().label(), language));
        fields.add(text("attribution", before.attribution(), after.attribution(), language));
        fields.add(text("citations", citations(before.citations()), citations(after.citations()), language));
        fields.add(text("altText", before.altText(), after.altText(), language));
        fields.add(text("captionsWaiver", before.captionsWaiver(), after.captionsWaiver(), language));
        fields.add(text("correctionNote", before.correctionNote(), after.correctionNote(), language));
        return fields;
    }

    private static String names(ContentDraft draft) {
        return draft.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String citations(List<Citation> citations) {
        return citations.stream().map(c -> c.title() + " — " + c.url()).collect(Collectors.joining("\n"));
    }

    static FieldDiff text(String field, String before, String after, Locale language) {
        if (before.equals(after)) {
            String same = escape(before);
            return new FieldDiff(field, false, same, same);
        }
        List<String> left = words(before, language);
        List<String> right = words(after, language);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(left, right).getDeltas();
        StringBuilder was = new StringBuilder();
        StringBuilder is = new StringBuilder();
        int leftAt = 0;
        int rightAt = 0;
        for (AbstractDelta<String> delta : deltas) {
            int leftStart = delta.getSource().getPosition();
            int rightStart = delta.getTarget().getPosition();
            append(was, left.subList(leftAt, leftStart), null);
            append(is, right.subList(rightAt, rightStart), null);
            append(was, delta.getSource().getLines(), "del");
            append(is, delta.getTarget().getLines(), "ins");
            leftAt = leftStart + delta.getSource().size();
            rightAt = rightStart + delta.getTarget().size();
        }
        append(was, left.subList(leftAt, left.size()), null);
        append(is, right.subList(rightAt, right.size()), null);
        return new FieldDiff(field, true, was.toString(), is.toString());
    }

    private static void append(StringBuilder out, List<String> words, String tag) {
        if (words.isEmpty()) {
            return;
        }
        if (tag != null) {
            out.append('<').append(tag).append('>');
        }
        words.forEach(w -> out.append(escape(w)));
        if (tag != null) {
            out.append("</").append(tag).append('>');
        }
    }

    static List<String> words(String text, Locale language) {
        BreakIterator boundaries = BreakIterator.getWordInstance(language);
        boundaries.setText(text);
        List<String> words = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            words.add(text.substring(start, end));
        }
        return words;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\n' -> escaped.append("<br>");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
