-- Two-factor sign-in with time-based one-time passwords (RFC 6238): the secret sealed (AES-GCM, like webhook
-- secrets), set up when the first code is confirmed; the last time step accepted, so no code is used twice; and
-- single-use recovery codes, kept as SHA-256 hashes (each has about 50 random bits).
alter table user_account
    add column totp_secret      text,
    add column totp_enabled_at  timestamptz,
    add column totp_last_step   bigint;

create table recovery_code (
    user_id    uuid not null references user_account (id) on delete cascade,
    code_hash  text not null check (code_hash ~ '^[0-9a-f]{64}$'),
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- An agency can require two-factor sign-in of all its accounts (besides the roles that always need it).
alter table agency add column two_factor_required boolean not null default false;
