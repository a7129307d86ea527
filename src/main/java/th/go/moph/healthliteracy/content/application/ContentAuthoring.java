package th.go.moph.healthliteracy.content.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import th.go.moph.healthliteracy.audit.application.AuditTrail;
import th.go.moph.healthliteracy.audit.application.AuditTrail.Subject;
import th.go.moph.healthliteracy.audit.application.AuditedRefusals;
import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentItem;
import th.go.moph.healthliteracy.content.domain.ContentItemRepository;
import th.go.moph.healthliteracy.content.domain.Revision;
import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.content.domain.TopicRepository;
import th.go.moph.healthliteracy.content.domain.WorkflowException;
import th.go.moph.healthliteracy.identity.application.CurrentActor;
import th.go.moph.healthliteracy.identity.domain.Actor;
import th.go.moph.healthliteracy.identity.domain.Permission;

/** Authors' actions: create, save, restore, submit for review, start a periodic review, set the review date. */
@ApplicationScoped
@Transactional
@AuditedRefusals
public class ContentAuthoring {

    private static final Logger LOG = Logger.getLogger(ContentAuthoring.class.getName());

    @Inject
    ContentItemRepository items;

    @Inject
    TopicRepository topics;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "CONTENT_LANGUAGES", defaultValue = "th,en")
    List<String> languages;

    public UUID create(@NotNull @Valid NewItem command) {
        Actor actor = currentActor.get();
        UUID agency = command.agencyId() == null ? actor.agencyId() : command.agencyId();
        actor.require(Permission.EDIT_CONTENT, agency);
        if (!languages.contains(command.language())) {
            throw new IllegalArgumentException("The portal does not publish in '" + command.language()
                    + "'; its languages are " + languages);
        }
        if (items.slugTaken(command.language(), command.slug())) {
            throw new WorkflowException("slug.taken", "Another " + command.language() + " item already uses the slug '"
                    + command.slug() + "'");
        }
        UUID translationGroup = null;
        if (command.translationOf() != null) {
            ContentItem original = items.find(command.translationOf()).orElseThrow(() ->
                    new IllegalArgumentException("There is no item " + command.translationOf() + " to translate"));
            actor.require(Permission.VIEW_CONTENT, original.agencyId());
            translationGroup = original.translationGroup();
        }
        ContentItem item = ContentItem.create(command.type(), agency, command.language(), command.slug(),
                translationGroup, actor.accountId(), checked(command.draft()), clock.instant());
        items.add(item);
        audit.record("CONTENT_CREATED", Subject.of("content_item", item.id(), 1), command.type().name());
        LOG.info(() -> "Item " + item.id() + " created by " + actor.accountId());
        return item.id();
    }

    /** @return the number of the working revision after the save */
    public int save(@NotNull UUID itemId, int basedOn, @NotNull ContentDraft draft, String changeNote) {
        ContentItem item = editable(itemId);
        Revision revision = item.saveDraft(currentActor.get().accountId(), checked(draft), basedOn, changeNote,
                clock.instant());
        audit.record("CONTENT_SAVED", Subject.of("content_item", itemId, revision.number()), changeNote);
        return revision.number();
    }

    public int restore(@NotNull UUID itemId, int fromRevision, int basedOn) {
        ContentItem item = editable(itemId);
        Revision revision = item.restore(currentActor.get().accountId(), fromRevision, basedOn, clock.instant());
        audit.record("CONTENT_RESTORED", Subject.of("content_item", itemId, revision.number()),
                "from revision " + fromRevision);
        return revision.number();
    }

    public int startReview(@NotNull UUID itemId, int basedOn) {
        ContentItem item = editable(itemId);
        Revision revision = item.startReview(currentActor.get().accountId(), basedOn, clock.instant());
        audit.record("CONTENT_REVIEW_STARTED", Subject.of("content_item", itemId, revision.number()), null);
        return revision.number();
    }

    public void submitForReview(@NotNull UUID itemId) {
        ContentItem item = editable(itemId);
        item.submitForReview(currentActor.get().accountId(), clock.instant());
        audit.record("CONTENT_SUBMITTED", Subject.of("content_item", itemId, item.working().orElseThrow().number()), null);
    }

    public void setNextReviewDue(@NotNull UUID itemId, @NotNull LocalDate due) {
        ContentItem item = editable(itemId);
        item.setNextReviewDue(due, clock.instant());
        audit.record("CONTENT_REVIEW_DUE_SET", Subject.of("content_item", itemId), due.toString());
    }

    private ContentItem editable(UUID itemId) {
        ContentItem item = items.find(itemId).orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
        currentActor.get().require(Permission.EDIT_CONTENT, item.agencyId());
        return item;
    }

    /** The body cleaned to the allow-list, and every topic one the taxonomy offers. */
    private ContentDraft checked(ContentDraft draft) {
        Set<String> offered = topics.all().stream().filter(Topic::active).map(Topic::code).collect(Collectors.toSet());
        List<String> unknown = draft.topics().stream().filter(t -> !offered.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown or retired topics: " + String.join(", ", unknown));
        }
        return asSaved(draft);
    }

    /** The draft as a save stores it: its body cleaned to the allow-list (what a revision is compared with). */
    public static ContentDraft asSaved(ContentDraft draft) {
        return new ContentDraft(draft.title(), draft.summary(), ArticleHtml.clean(draft.body()), draft.topics(),
                draft.audiences(), draft.licence(), draft.attribution(), draft.citations(), draft.altText(),
                draft.captionsWaiver(), draft.correctionNote());
    }
}
