package th.go.moph.healthliteracy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.go.moph.healthliteracy.content.application.ContentAuthoring;
import th.go.moph.healthliteracy.content.application.NewItem;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentType;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.media.application.MediaAccess;
import th.go.moph.healthliteracy.media.application.MediaCatalog;
import th.go.moph.healthliteracy.media.application.MediaUploads;
import th.go.moph.healthliteracy.media.domain.MediaAsset;
import th.go.moph.healthliteracy.media.domain.Rendition;
import th.go.moph.healthliteracy.publishing.application.PublicationDesk;
import th.go.moph.healthliteracy.review.application.ReviewDecisions;
import th.go.moph.healthliteracy.testing.ActingAs;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;

/** Media over HTTP: Range, ETag, types, caching; public only while the item is live; originals never. */
@ExtendWith(ArquillianExtension.class)
class MediaServingIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    ActingAs acting;

    @Inject
    Fixtures fixtures;

    @Inject
    ContentAuthoring authoring;

    @Inject
    ReviewDecisions review;

    @Inject
    PublicationDesk desk;

    @Inject
    MediaUploads uploads;

    @Inject
    MediaCatalog catalog;

    @Inject
    MediaAccess access;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void renditionsAreServedWhileTheItemIsLiveAndNoLonger() throws Exception {
        Agency agency = fixtures.agency("Department of Health");
        String topic = fixtures.topic("dengue", "ไข้เลือดออก", "Dengue");
        acting.become(fixtures.account(agency, Role.AUTHOR, GrantScope.OWN_AGENCY));
        ContentDraft d = Fixtures.dengueDraft(topic);
        UUID item = authoring.create(new NewItem(ContentType.IMAGE, null, "th", "serve-" + Long.toString(System.nanoTime(), 36),
                null, new ContentDraft(d.title(), d.summary(), d.body(), d.topics(), d.audiences(), d.licence(),
                        d.attribution(), d.citations(), "ภาพขั้นตอนการกำจัดแหล่งเพาะพันธุ์ยุงลาย", "", "")));
        authoring.setNextReviewDue(item, LocalDate.now().plusYears(3));
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 900, 600);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        UUID asset = uploads.receive(item, MediaAsset.Kind.IMAGE, "steps.png", new ByteArrayInputStream(png.toByteArray()));
        Instant deadline = Instant.now().plusSeconds(60);
        while (catalog.asset(asset).status() == MediaAsset.Status.PROCESSING && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
        }
        Rendition webp = catalog.renditionsOf(asset).stream().filter(r -> r.kind() == Rendition.Kind.IMAGE_WEBP)
                .findFirst().orElseThrow();
        String path = "media/" + webp.storageKey();

        assertEquals(404, get(path).statusCode(), "a draft's media is not public");
        assertEquals(MediaAccess.Audience.EDITORS, access.audienceOf(webp.storageKey()), "its author may see it");

        uploads.recordPeople(asset, false, null);
        authoring.submitForReview(item);
        acting.become(fixtures.account(agency, Role.REVIEWER, GrantScope.OWN_AGENCY));
        review.approve(item, 1, "ถูกต้อง");
        acting.become(fixtures.account(agency, Role.PUBLISHER, GrantScope.OWN_AGENCY));
        desk.publish(item);

        HttpResponse<byte[]> whole = get(path);
        assertEquals(200, whole.statusCode());
        assertEquals("image/webp", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals(webp.sizeBytes(), whole.body().length);
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertTrue(whole.headers().firstValue("Cache-Control").orElse("").contains("max-age=86400"),
                whole.headers().map().toString());

        HttpResponse<byte[]> range = get(path, "Range", "bytes=0-9");
        assertEquals(206, range.statusCode());
        assertEquals(10, range.body().length);
        assertEquals(304, get(path, "If-None-Match", etag).statusCode());

        desk.withdraw(item, "คำแนะนำเปลี่ยน");
        assertEquals(404, get(path).statusCode(), "withdrawn: its media stops at once");

        assertEquals(404, get("media/" + catalog.asset(asset).originalKey()).statusCode(), "originals are never served");
        int traversal = get("media/renditions/..%2F..%2F..%2Fpostgres%2Fpostgresql.conf").statusCode();
        assertTrue(traversal == 404 || traversal == 400, "traversal answered " + traversal);
    }
}
