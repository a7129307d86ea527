-- "Sign out everywhere": sessions that began before this moment end at their next request, on every instance.
alter table user_account add column sessions_revoked_at timestamptz;
