-- Agencies, editor accounts and their role grants; the append-only audit trail.

create table agency (
    id          uuid primary key,
    code        text not null unique check (code ~ '^[A-Z0-9-]{2,32}$'),
    name_th     text not null check (length(name_th) between 1 and 300),
    name_en     text not null check (length(name_en) between 1 and 300),
    created_at  timestamptz not null default now()
);

create table user_account (
    id               uuid primary key,
    agency_id        uuid not null references agency (id),
    username         text not null check (username ~ '^[a-z0-9._-]{3,64}$'),
    display_name     text not null check (length(display_name) between 1 and 200),
    email            text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    password_hash    text not null,
    active           boolean not null default true,
    created_at       timestamptz not null,
    last_sign_in_at  timestamptz,
    version          bigint not null default 0
);
create unique index user_account_username_key on user_account (username);
create index user_account_agency_idx on user_account (agency_id);

create table role_grant (
    user_id     uuid not null references user_account (id) on delete cascade,
    role        text not null check (role in ('AUTHOR', 'REVIEWER', 'PUBLISHER', 'AGENCY_ADMIN', 'SYSTEM_ADMIN')),
    scope       text not null check (scope in ('OWN_AGENCY', 'ALL_AGENCIES')),
    granted_at  timestamptz not null,
    primary key (user_id, role, scope)
);

-- The audit trail names actors by opaque id only: pseudonymising an account never rewrites it.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    actor_id        uuid,
    action          text not null,
    outcome         text not null check (outcome in ('SUCCEEDED', 'REFUSED', 'FAILED')),
    subject_type    text,
    subject_id      text,
    revision        integer,
    client_address  text,
    detail          text
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, occurred_at desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on audit_event is refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
