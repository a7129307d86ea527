package th.go.moph.healthliteracy.content.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.content.domain.Revision;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.platform.secrets.PortalSecrets;

/**
 * Links that show one revision exactly as a citizen would see it, to whoever holds the link, until it expires:
 * {@code /preview.xhtml?item=&revision=&expires=&signature=}, the signature an HMAC-SHA256 of the other three.
 * Editors make them; opening one needs no account, and a tampered or expired link shows nothing.
 */
@ApplicationScoped
public class PreviewLinks {

    @Inject
    PortalSecrets secrets;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentItemRepository items;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "PREVIEW_SECRET")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "PREVIEW_LINK_HOURS", defaultValue = "72")
    int validHours;

    /** A signed link (path and query, without the context path) to revision {@code number} of the item. */
    @Transactional
    public String create(UUID itemId, int number) {
        ContentItem item = items.find(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        currentActor.get().require(Permission.VIEW_CONTENT, item.agencyId());
        item.revision(number);
        long expires = clock.instant().plus(Duration.ofHours(validHours)).getEpochSecond();
        audit.record("PREVIEW_LINK_CREATED", Subject.of("content_item", itemId, number), "expires " + expires);
        return "/preview.xhtml?item=" + itemId + "&revision=" + number + "&expires=" + expires
                + "&signature=" + sign(itemId, number, expires);
    }

    /** The revision a link shows, when its signature is right and it has not expired. */
    @Transactional
    public Optional<PreviewedRevision> open(String item, String revision, String expires, String signature) {
        try {
            UUID itemId = UUID.fromString(item);
            int number = Integer.parseInt(revision);
            long expiry = Long.parseLong(expires);
            boolean genuine = MessageDigest.isEqual(sign(itemId, number, expiry).getBytes(StandardCharsets.US_ASCII),
                    String.valueOf(signature).getBytes(StandardCharsets.US_ASCII));
            if (!genuine || Instant.ofEpochSecond(expiry).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return items.find(itemId).filter(i -> number >= 1 && number <= i.revisions().size())
                    .map(i -> PreviewedRevision.of(i, i.revision(number), em.find(Agency.class, i.agencyId())));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    private String sign(UUID itemId, int number, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key("preview-links", configuredSecret), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((itemId + ":" + number + ":" + expires)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every Java runtime", e);
        }
    }

    /** What a preview shows: the public page's content of one revision; no editor's name. */
    public record PreviewedRevision(UUID itemId, int number, String language, String type,
            th.go.moph.healthliteracy.content.domain.ContentDraft content, String agencyNameTh, String agencyNameEn,
            java.time.LocalDate lastReviewed, java.time.LocalDate nextReviewDue) {

        static PreviewedRevision of(ContentItem item, Revision revision, Agency agency) {
            return new PreviewedRevision(item.id(), revision.number(), item.language(), item.type().name(),
                    revision.content(), agency.nameTh(), agency.nameEn(), item.lastReviewed(), item.nextReviewDue());
        }
    }
}
