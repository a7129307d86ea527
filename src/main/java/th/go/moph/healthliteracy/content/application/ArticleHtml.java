package th.go.moph.healthliteracy.content.application;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans article HTML on the server to an allow-list: paragraphs, headings, lists, emphasis, quotes, tables and
 * links (http, https, mailto). Images may only show the portal's own media ({@code /media/...}), never an external
 * address. Everything else — scripts, styles, event handlers, frames — is removed.
 */
public final class ArticleHtml {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup",
                    "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "caption", "img", "a")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .addAttributes("img", "src", "alt")
            .addAttributes("th", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan");

    private ArticleHtml() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        dirty.select("img").forEach(ArticleHtml::keepOnlyPortalMedia);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.select("p:matchesOwn(^\\s*$):not(:has(*))").remove(); // empty paragraphs left by pasted Word text
        return clean.body().html().strip();
    }

    private static void keepOnlyPortalMedia(Element image) {
        String src = image.attr("src");
        if (!src.matches("/media/[A-Za-z0-9._/-]+") || src.contains("..")) {
            image.remove();
        }
    }

    /** The text of the HTML, for diffs, word counts and search. */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html == null ? "" : html).text();
    }
}
