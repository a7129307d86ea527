-- Feed consumers: the government channels that pull the feed and may receive webhooks.

create table feed_consumer (
    id                   uuid primary key,
    name                 text not null unique check (length(name) between 2 and 200),
    -- SHA-256 of the API key, which is shown once and never stored; the hint (its first characters) tells keys apart
    key_hash             text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    key_hint             text not null,
    -- the view the consumer may read, as feed parameters (lang=th&topic=dengue); empty: everything
    allowed_view         text not null default '',
    requests_per_minute  integer not null check (requests_per_minute between 1 and 1000000),
    webhook_url          text check (webhook_url ~* '^https?://'),
    -- the webhook signing secret, sealed (AES-GCM) with the portal's webhook key; shown once at creation
    webhook_secret       text,
    active               boolean not null default true,
    created_at           timestamptz not null,
    changed_at           timestamptz not null,
    version              bigint not null default 0,
    constraint feed_consumer_webhook_has_secret check ((webhook_url is null) = (webhook_secret is null))
);

-- Webhook events, written by the feed sequencer in the transaction that gives the change its position (so after the
-- content change committed), one row per consumer; delivered at least once, retried with backoff for 24 hours.
create table webhook_delivery (
    id               bigserial primary key,
    event_id         uuid not null unique,
    consumer_id      uuid not null references feed_consumer (id),
    event_type       text not null check (event_type in ('content.published', 'content.updated', 'content.withdrawn')),
    item_id          uuid not null,
    position         bigint not null,
    payload          text not null,
    state            text not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default clock_timestamp(),
    last_status      integer,
    last_error       text,
    created_at       timestamptz not null default clock_timestamp(),
    delivered_at     timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, id) where state = 'PENDING';
create index webhook_delivery_consumer_idx on webhook_delivery (consumer_id, id desc);
