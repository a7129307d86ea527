package th.go.moph.healthliteracy.publishing.application;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import th.go.moph.healthliteracy.platform.text.Jsonp;
import th.go.moph.healthliteracy.platform.text.Sha256;
import th.go.moph.healthliteracy.publishing.domain.FeedEntry;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.FeedLog;

/**
 * The latest published items as Atom 1.0 ({@code /feed.atom}) and JSON Feed 1.1 ({@code /feed.json}) for readers and
 * aggregators, filterable by language, type, topic and audience. Made from the same public documents as the
 * GovChannel feed, so nothing but what is published, and no editor's name: the author is the owning agency.
 */
@ApplicationScoped
public class Syndication {

    public static final int ITEMS = 50;
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** A rendered feed with its validator. */
    public record Rendered(String body, String etag) {
    }

    @Inject
    FeedLog log;

    @Inject
    PublicDocuments documents;

    public Rendered atom(FeedFilter view, String selfUrl) {
        FeedLog.Snapshot snapshot = log.latest(view, ITEMS);
        List<JsonObject> items = items(snapshot);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml", XML, "lang", english(view) ? "en" : "th");
            element(xml, "id", selfUrl);
            element(xml, "title", title(view));
            element(xml, "updated", updated(items));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", documents.home(), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", english(view) ? "Ministry of Public Health, Thailand" : "กระทรวงสาธารณสุข");
            xml.writeEndElement();
            for (JsonObject item : items) {
                xml.writeStartElement("entry");
                xml.writeAttribute("xml", XML, "lang", item.getString("language"));
                element(xml, "id", "urn:uuid:" + item.getString("id"));
                element(xml, "title", item.getString("title"));
                link(xml, "alternate", item.getString("url"), "text/html");
                element(xml, "published", text(item, "publishedAt"));
                element(xml, "updated", text(item, "updatedAt"));
                xml.writeStartElement("author");
                element(xml, "name", agency(item));
                xml.writeEndElement();
                for (JsonValue topic : item.getJsonArray("topics")) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", topic.asJsonObject().getString("code"));
                    xml.writeAttribute("label", label(topic.asJsonObject(), item.getString("language")));
                }
                element(xml, "summary", item.getString("summary"));
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(item.getString("body"));
                xml.writeEndElement();
                element(xml, "rights", rights(item));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return new Rendered(out.toString(), "atom-" + snapshot.head() + "-" + Sha256.hex(selfUrl, 8));
    }

    public Rendered jsonFeed(FeedFilter view, String selfUrl) {
        FeedLog.Snapshot snapshot = log.latest(view, ITEMS);
        JsonArrayBuilder list = Jsonp.arrayBuilder();
        for (JsonObject item : items(snapshot)) {
            JsonObjectBuilder entry = Jsonp.objectBuilder().add("id", item.getString("id"))
                    .add("url", item.getString("url")).add("title", item.getString("title"))
                    .add("summary", item.getString("summary")).add("content_html", item.getString("body"))
                    .add("language", item.getString("language"))
                    .add("authors", Jsonp.arrayBuilder().add(Jsonp.objectBuilder().add("name", agency(item))))
                    .add("tags", Jsonp.arrayBuilder(item.getJsonArray("topics").stream()
                            .map(t -> label(t.asJsonObject(), item.getString("language"))).toList()));
            if (!item.isNull("publishedAt")) {
                entry.add("date_published", item.getString("publishedAt"));
            }
            if (!item.isNull("updatedAt")) {
                entry.add("date_modified", item.getString("updatedAt"));
            }
            firstImage(item).ifPresent(url -> entry.add("image", url));
            list.add(entry);
        }
        String body = Jsonp.objectBuilder().add("version", "https://jsonfeed.org/version/1.1")
                .add("title", title(view)).add("home_page_url", documents.home())
                .add("feed_url", selfUrl).add("language", english(view) ? "en" : "th")
                .add("items", list).build().toString();
        return new Rendered(body, "json-" + snapshot.head() + "-" + Sha256.hex(selfUrl, 8));
    }

    private static List<JsonObject> items(FeedLog.Snapshot snapshot) {
        return snapshot.entries().stream().map(FeedEntry::document)
                .map(Jsonp::object).toList();
    }

    private static boolean english(FeedFilter view) {
        return view.languages().equals(List.of("en"));
    }

    private static String title(FeedFilter view) {
        return english(view) ? "Health Literacy Portal — Ministry of Public Health"
                : "คลังความรู้ความรอบรู้ด้านสุขภาพ — กระทรวงสาธารณสุข";
    }

    private static String updated(List<JsonObject> items) {
        return items.stream().map(i -> text(i, "updatedAt")).filter(s -> !s.isEmpty()).max(String::compareTo)
                .orElse(Instant.EPOCH.toString());
    }

    private static String agency(JsonObject item) {
        JsonObject agency = item.getJsonObject("agency");
        return item.getString("language").equals("th") ? agency.getString("th") : agency.getString("en");
    }

    private static String label(JsonObject topic, String language) {
        String key = language.equals("th") ? "th" : "en";
        return topic.containsKey(key) ? topic.getString(key) : topic.getString("code");
    }

    private static String rights(JsonObject item) {
        String licence = item.isNull("licence") ? "" : item.getJsonObject("licence").getString("name");
        return (licence + " " + item.getString("attribution")).strip();
    }

    private static java.util.Optional<String> firstImage(JsonObject item) {
        return item.getJsonArray("media").stream().map(JsonValue::asJsonObject)
                .flatMap(m -> m.getJsonArray("renditions").stream().map(JsonValue::asJsonObject))
                .filter(r -> r.getString("kind").equals("IMAGE_JPEG") || r.getString("kind").equals("POSTER"))
                .map(r -> r.getString("url")).findFirst();
    }

    private static String text(JsonObject item, String name) {
        return item.isNull(name) ? "" : item.getString(name);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
