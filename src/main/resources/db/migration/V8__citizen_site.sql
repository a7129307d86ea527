-- The citizen site reads the feed's public documents: pages are found by language and slug.
alter table feed_entry add column slug text;
create unique index feed_entry_page_idx on feed_entry (language, slug);

-- "Report a problem with this page": no personal data asked for or kept; read by the owning agency's editors.
create table problem_report (
    id           uuid primary key,
    item_id      uuid not null references content_item (id),
    agency_id    uuid not null references agency (id),
    kind         text not null check (kind in ('OUTDATED', 'WRONG', 'BROKEN', 'UNCLEAR', 'OTHER')),
    message      text not null check (length(message) <= 1000),
    page_url     text not null,
    received_at  timestamptz not null,
    resolved_at  timestamptz,
    resolved_by  uuid
);
create index problem_report_open_idx on problem_report (agency_id, received_at desc) where resolved_at is null;
