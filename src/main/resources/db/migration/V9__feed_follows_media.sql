-- An item's public document lists its renditions. When they are made again (captions added to a published video,
-- a failed transcode retried), the item's document must be made again too, in the same transaction.
create function rendition_to_feed_change() returns trigger language plpgsql as $$
declare
    changed_asset uuid;
begin
    changed_asset := case when tg_op = 'DELETE' then old.asset_id else new.asset_id end;
    insert into feed_change (item_id)
        select a.item_id from media_asset a join content_item i on i.id = a.item_id
        where a.id = changed_asset and i.status = 'PUBLISHED';
    return null;
end
$$;

create trigger rendition_feed_change
    after insert or delete on rendition
    for each row execute function rendition_to_feed_change();
