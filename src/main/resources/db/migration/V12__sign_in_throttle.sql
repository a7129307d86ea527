-- Failed sign-ins, counted per username and per client address in the database, so that the progressive delay and
-- the temporary lockout hold across every portal instance. A success clears the username's count.
create table sign_in_throttle (
    throttle_key       text primary key check (throttle_key ~ '^(account|address):' and length(throttle_key) <= 200),
    failures           integer not null check (failures >= 1),
    window_started_at  timestamptz not null,
    blocked_until      timestamptz
);
create index sign_in_throttle_window_idx on sign_in_throttle (window_started_at);
