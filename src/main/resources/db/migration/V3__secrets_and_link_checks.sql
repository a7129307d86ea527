-- Secrets the portal makes itself (e.g. the key that signs preview links), shared by every instance.
create table portal_secret (
    name        text primary key,
    value       text not null,
    created_at  timestamptz not null default now()
);

-- The last check of each cited address.
create table citation_check (
    url         text primary key,
    ok          boolean not null,
    status      integer,
    problem     text,
    checked_at  timestamptz not null
);
