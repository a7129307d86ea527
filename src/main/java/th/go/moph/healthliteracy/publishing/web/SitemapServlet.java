package th.go.moph.healthliteracy.publishing.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.publishing.application.CitizenSite;
import th.go.moph.healthliteracy.publishing.application.PublicDocuments;
import th.go.moph.healthliteracy.publishing.application.SiteItem;

/**
 * {@code /sitemap.xml} (every public page, with its translations as {@code hreflang} alternates) and
 * {@code /robots.txt} (everything public may be indexed; editor, admin and API addresses are not for crawlers).
 */
@WebServlet({"/sitemap.xml", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Inject
    CitizenSite site;

    @Inject
    PublicDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/robots.txt")) {
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("User-agent: *\nAllow: /\nDisallow: /editor/\nDisallow: /admin/\n"
                    + "Disallow: /api/\nDisallow: /preview.xhtml\nDisallow: /signin.xhtml\n"
                    + "Sitemap: " + documents.home() + "sitemap.xml\n");
            return;
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            List<Topic> topics = site.topics();
            for (String language : List.of("th", "en")) {
                url(xml, documents.home() + language + "/", null);
                java.util.Map<String, Long> counts = site.topicCounts(language);
                for (Topic topic : topics) {
                    if (counts.containsKey(topic.code())) {
                        url(xml, documents.home() + language + "/topics/" + topic.code(), null);
                    }
                }
            }
            for (SiteItem item : site.everything()) {
                xml.writeStartElement(SITEMAP, "url");
                element(xml, "loc", item.getUrl());
                if (item.getUpdatedAt() != null) {
                    element(xml, "lastmod", item.getUpdatedAt().substring(0, 10));
                }
                for (SiteItem.Translation t : item.getTranslations()) {
                    xml.writeEmptyElement(XHTML, "link");
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", t.language());
                    xml.writeAttribute("href", t.url());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the sitemap", e);
        }
        response.setContentType("application/xml; charset=utf-8");
        response.getWriter().write(out.toString());
    }

    private static void url(XMLStreamWriter xml, String loc, String lastmod) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, "url");
        element(xml, "loc", loc);
        if (lastmod != null) {
            element(xml, "lastmod", lastmod);
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
