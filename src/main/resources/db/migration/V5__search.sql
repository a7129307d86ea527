-- Search: the outbox that keeps Elasticsearch in step with the database, and the state of index rebuilds.

-- One row per change to an item, written in the transaction that made the change (by the trigger below, so no code
-- path — editor, scheduler, importer, a hand-run fix — can change an item without the index hearing of it).
-- The delivery worker claims rows with FOR UPDATE SKIP LOCKED, reloads each item by id, writes it to Elasticsearch
-- and deletes the rows; when Elasticsearch is down the rows wait, retried with backoff.
create table search_outbox (
    id               bigserial primary key,
    item_id          uuid not null,
    enqueued_at      timestamptz not null default clock_timestamp(),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default clock_timestamp(),
    last_error       text
);
create index search_outbox_due_idx on search_outbox (next_attempt_at, id);

create function content_item_to_search_outbox() returns trigger language plpgsql as $$
begin
    insert into search_outbox (item_id) values (new.id);
    return null;
end
$$;

create trigger content_item_search_outbox
    after insert or update on content_item
    for each row execute function content_item_to_search_outbox();

-- What a portal upgraded to this version already holds is indexed once.
insert into search_outbox (item_id) select id from content_item;

-- A rebuild in progress: while a row exists, every delivery also writes to the index being built, so nothing
-- published during the rebuild is missed. One rebuild per alias at a time, across every portal instance.
create table search_index_build (
    alias         text primary key,
    index_name    text not null unique,
    owner         text not null,
    started_at    timestamptz not null,
    heartbeat_at  timestamptz not null
);

-- The last day whose review-date lapses were sent to the index ("past its review date" ranks last).
create table search_review_sweep (
    id             integer primary key check (id = 1),
    swept_through  date not null
);
insert into search_review_sweep (id, swept_through) values (1, current_date);
