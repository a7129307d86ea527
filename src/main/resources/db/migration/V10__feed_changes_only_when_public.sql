-- Saving a draft of a published item touches content_item (working revision, version, updated_at) without changing
-- anything the public sees. Those updates no longer wake the sequencer: only a change to what the public document
-- is made of does.
create or replace function content_item_to_feed_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
        and (old.status, old.status_reason, old.live_revision, old.last_reviewed, old.next_review_due,
             old.first_published_at, old.live_since, old.slug, old.language, old.agency_id, old.translation_group)
            is not distinct from
            (new.status, new.status_reason, new.live_revision, new.last_reviewed, new.next_review_due,
             new.first_published_at, new.live_since, new.slug, new.language, new.agency_id, new.translation_group)
    then
        return null;
    end if;
    if new.status = 'PUBLISHED' or (tg_op = 'UPDATE' and old.status = 'PUBLISHED') then
        insert into feed_change (item_id) values (new.id);
    end if;
    return null;
end
$$;

-- A media asset's status decides whether its renditions are in the document (only finished ones are): a retry or a
-- failure after publication re-makes the item's document too, once per change of status.
create function media_asset_to_feed_change() returns trigger language plpgsql as $$
begin
    insert into feed_change (item_id)
        select i.id from content_item i where i.id = new.item_id and i.status = 'PUBLISHED';
    return null;
end
$$;

create trigger media_asset_feed_change
    after update of status on media_asset
    for each row when (old.status is distinct from new.status)
    execute function media_asset_to_feed_change();
