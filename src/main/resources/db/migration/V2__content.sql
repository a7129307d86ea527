-- The content library: the topic taxonomy, items, their immutable revisions and classification.

create table topic (
    code        text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    label_th    text not null check (length(label_th) between 1 and 200),
    label_en    text not null check (length(label_en) between 1 and 200),
    active      boolean not null default true,
    created_at  timestamptz not null default now()
);

create table content_item (
    id                  uuid primary key,
    type                text not null check (type in ('ARTICLE', 'IMAGE', 'VIDEO')),
    agency_id           uuid not null references agency (id),
    language            text not null check (language ~ '^[a-z]{2,3}$'),
    translation_group   uuid not null,
    slug                text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) between 3 and 80),
    status              text not null check (status in ('UNPUBLISHED', 'PUBLISHED', 'WITHDRAWN', 'SUSPENDED', 'ARCHIVED')),
    status_reason       text,
    status_changed_at   timestamptz not null,
    live_revision       integer,
    working_revision    integer,
    publish_at          timestamptz,
    unpublish_at        timestamptz,
    last_reviewed       date,
    next_review_due     date,
    first_published_at  timestamptz,
    live_since          timestamptz,
    created_at          timestamptz not null,
    created_by          uuid not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0,
    constraint content_item_slug_per_language unique (language, slug),
    constraint content_item_one_translation_per_language unique (translation_group, language),
    constraint content_item_published_has_live check (status <> 'PUBLISHED' or live_revision is not null)
);
create index content_item_agency_idx on content_item (agency_id, updated_at desc);
create index content_item_status_idx on content_item (status, updated_at desc);
create index content_item_publish_due_idx on content_item (publish_at) where publish_at is not null;
create index content_item_unpublish_due_idx on content_item (unpublish_at) where unpublish_at is not null and status = 'PUBLISHED';
create index content_item_review_due_idx on content_item (next_review_due) where status = 'PUBLISHED';

create table revision (
    id                uuid primary key,
    item_id           uuid not null references content_item (id),
    number            integer not null check (number >= 1),
    state             text not null check (state in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'SUPERSEDED')),
    author_id         uuid not null,
    created_at        timestamptz not null,
    change_note       text not null,
    content_hash      text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    title             text not null,
    summary           text not null,
    body              text not null,
    licence           text,
    attribution       text not null,
    alt_text          text not null,
    captions_waiver   text not null,
    correction_note   text not null,
    signed_off_by     uuid,
    signed_off_role   text,
    signed_off_at     timestamptz,
    sign_off_note     text,
    signed_hash       text,
    submitted_at      timestamptz,
    review_note       text,
    reviewed_by       uuid,
    constraint revision_number_per_item unique (item_id, number)
);
create index revision_author_idx on revision (author_id);
create index revision_state_idx on revision (state) where state in ('IN_REVIEW', 'CHANGES_REQUESTED', 'DRAFT');

-- A revision's content never changes once written; only its workflow columns do.
create function revision_content_is_immutable() returns trigger language plpgsql as $$
begin
    if (new.item_id, new.number, new.author_id, new.created_at, new.content_hash, new.title, new.summary, new.body,
        new.licence, new.attribution, new.alt_text, new.captions_waiver, new.correction_note)
       is distinct from
       (old.item_id, old.number, old.author_id, old.created_at, old.content_hash, old.title, old.summary, old.body,
        old.licence, old.attribution, old.alt_text, old.captions_waiver, old.correction_note) then
        raise exception 'revision % of item % is immutable', old.number, old.item_id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end
$$;

create trigger revision_content_immutable
    before update on revision
    for each row execute function revision_content_is_immutable();

create table revision_topic (
    revision_id  uuid not null references revision (id),
    topic_code   text not null references topic (code),
    primary key (revision_id, topic_code)
);

create table revision_audience (
    revision_id  uuid not null references revision (id),
    audience     text not null check (audience in ('EARLY_CHILDHOOD', 'CHILDREN', 'TEENS', 'ADULTS', 'ELDERLY',
                                                   'PREGNANT_POSTPARTUM', 'CAREGIVERS', 'VILLAGE_HEALTH_VOLUNTEERS')),
    primary key (revision_id, audience)
);

create table revision_citation (
    revision_id  uuid not null references revision (id),
    position     integer not null,
    title        text not null,
    url          text not null check (url ~* '^https?://'),
    primary key (revision_id, position)
);
