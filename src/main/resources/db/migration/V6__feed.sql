-- The GovChannel feed: an ordered log of what the public may see, one entry per item that has ever been public.
--
-- Consumers page through it by position. The invariant: a consumer that keeps polling with its cursor never misses a
-- committed change and never sees one out of order, even when transactions commit in another order than they began.
-- A sequence or timestamp taken inside the changing transaction cannot give that (a later number may commit first and
-- be read before an earlier one commits). So positions are given after commit: the changing transaction only writes
-- a feed_change row (by trigger, in the same transaction); the sequencer, one transaction at a time across every
-- portal instance (it locks the feed_position row first), reads the committed rows, writes each item's public state
-- under the next positions and commits. Every position a reader can see was committed before any higher one.

create table feed_change (
    id           bigserial primary key,
    item_id      uuid not null,
    enqueued_at  timestamptz not null default clock_timestamp()
);

-- Only changes that can concern the public: an item that is, or was until this change, published. An item that was
-- never public never reaches the feed, not even as a tombstone.
create function content_item_to_feed_change() returns trigger language plpgsql as $$
begin
    if new.status = 'PUBLISHED' or (tg_op = 'UPDATE' and old.status = 'PUBLISHED') then
        insert into feed_change (item_id) values (new.id);
    end if;
    return null;
end
$$;

create trigger content_item_feed_change
    after insert or update on content_item
    for each row execute function content_item_to_feed_change();

-- The last position given, and what the stored documents were made with (their format and the public base address):
-- when that changes, every entry is made again.
create table feed_position (
    id           integer primary key check (id = 1),
    last         bigint not null,
    fingerprint  text not null
);
insert into feed_position (id, last, fingerprint) values (1, 0, '');

create table feed_entry (
    item_id         uuid primary key,
    position        bigint not null unique,
    kind            text not null check (kind in ('ITEM', 'TOMBSTONE')),
    reason          text check (reason in ('withdrawn', 'expired', 'under-review')),
    document        text,
    etag            text not null,
    language        text not null,
    type            text not null,
    topics          text[] not null,
    audiences       text[] not null,
    -- every value the item has ever had, so that a filtered view still removes an item that stopped matching it
    ever_languages  text[] not null,
    ever_types      text[] not null,
    ever_topics     text[] not null,
    ever_audiences  text[] not null,
    changed_at      timestamptz not null,
    constraint feed_entry_item_has_document check ((kind = 'ITEM') = (document is not null)),
    constraint feed_entry_tombstone_has_reason check ((kind = 'TOMBSTONE') = (reason is not null))
);

-- A topic or agency renamed: the documents that name it are made again.
create function topic_to_feed_change() returns trigger language plpgsql as $$
begin
    insert into feed_change (item_id) select item_id from feed_entry where topics @> array[new.code];
    return null;
end
$$;

create trigger topic_feed_change
    after update of label_th, label_en on topic
    for each row execute function topic_to_feed_change();

create function agency_to_feed_change() returns trigger language plpgsql as $$
begin
    insert into feed_change (item_id) select id from content_item where agency_id = new.id and status = 'PUBLISHED';
    return null;
end
$$;

create trigger agency_feed_change
    after update of code, name_th, name_en on agency
    for each row execute function agency_to_feed_change();

-- What a portal upgraded to this version already publishes enters the feed.
insert into feed_change (item_id) select id from content_item where status = 'PUBLISHED';
