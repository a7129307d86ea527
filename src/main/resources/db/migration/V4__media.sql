-- Media assets of content items, their renditions and captions, and the durable job queue that makes them.

create table media_asset (
    id                 uuid primary key,
    item_id            uuid not null references content_item (id),
    kind               text not null check (kind in ('IMAGE', 'VIDEO')),
    original_name      text not null,
    original_key       text not null,
    content_type       text not null,
    size_bytes         bigint not null check (size_bytes > 0),
    sha256             text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    width              integer,
    height             integer,
    duration_seconds   double precision,
    status             text not null check (status in ('PROCESSING', 'READY', 'FAILED')),
    failure_reason     text,
    people_present     boolean,
    consent_reference  text,
    created_by         uuid not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null default 0
);
create index media_asset_item_idx on media_asset (item_id);

create table media_caption (
    asset_id     uuid not null references media_asset (id),
    language     text not null check (language ~ '^[a-z]{2,3}$'),
    storage_key  text not null,
    created_at   timestamptz not null,
    primary key (asset_id, language)
);

-- A rendition row is written only after every file it needs is stored: a row means complete.
create table rendition (
    id            uuid primary key,
    asset_id      uuid not null references media_asset (id),
    kind          text not null check (kind in ('IMAGE_JPEG', 'IMAGE_WEBP', 'HLS_MASTER', 'POSTER', 'MP4', 'CAPTIONS_VTT')),
    width         integer,
    height        integer,
    language      text,
    storage_key   text not null,
    content_type  text not null,
    size_bytes    bigint not null,
    created_at    timestamptz not null
);
create index rendition_asset_idx on rendition (asset_id);

create table media_job (
    id                uuid primary key,
    asset_id          uuid not null references media_asset (id),
    type              text not null check (type in ('IMAGE_RENDITIONS', 'VIDEO_TRANSCODE')),
    state             text not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    attempts          integer not null default 0,
    max_attempts      integer not null default 5,
    next_attempt_at   timestamptz not null,
    lease_owner       text,
    lease_expires_at  timestamptz,
    progress          integer not null default 0 check (progress between 0 and 100),
    last_error        text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    finished_at       timestamptz
);
create index media_job_claimable_idx on media_job (next_attempt_at) where state in ('QUEUED', 'RUNNING');
create index media_job_asset_idx on media_job (asset_id);
