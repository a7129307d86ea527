-- Imports of content bundles (content-samples/, an agency's archive): which item each manifest became, and the
-- external sign-offs they attest, kept apart from reviews done in the portal.

-- A sign-off is either a medical review in the portal or an external attestation recorded at import: who attested,
-- for which source agency, on what day. signed_off_by is then the account that recorded it.
alter table revision
    add column sign_off_kind    text check (sign_off_kind in ('PORTAL_REVIEW', 'EXTERNAL_ATTESTATION')),
    add column attested_by      text check (attested_by is null or length(attested_by) between 1 and 300),
    add column attested_agency  text check (attested_agency is null or length(attested_agency) between 1 and 300),
    add column attested_on      date;
update revision set sign_off_kind = 'PORTAL_REVIEW' where signed_off_by is not null;
alter table revision
    add constraint revision_sign_off_has_kind check ((signed_off_by is null) = (sign_off_kind is null)),
    add constraint revision_attestation_complete check (
        (sign_off_kind is not distinct from 'EXTERNAL_ATTESTATION')
            = (attested_by is not null and attested_agency is not null and attested_on is not null));

-- One row per imported manifest key: re-importing the key updates its item and never makes a second one.
create table content_import (
    import_key         text primary key check (import_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(import_key) <= 120),
    item_id            uuid not null unique references content_item (id),
    agency_id          uuid not null references agency (id),
    sample             boolean not null,
    fingerprint        text not null check (fingerprint ~ '^[0-9a-f]{64}$'),
    -- the item's latest revision as the import left it: a later one was written in the portal, and is not overwritten
    item_revision      integer not null,
    first_imported_at  timestamptz not null,
    last_imported_at   timestamptz not null,
    imported_by        uuid not null
);
create index content_import_sample_idx on content_import (item_id) where sample;

-- Each run of the importer and its report, for the admin page and the command line.
create table import_run (
    id           uuid primary key,
    source       text not null check (length(source) between 1 and 300),
    started_by   uuid not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    imported     integer not null default 0,
    updated      integer not null default 0,
    unchanged    integer not null default 0,
    refused      integer not null default 0,
    report       text not null default ''
);
create index import_run_started_idx on import_run (started_at desc);
