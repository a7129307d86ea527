-- Whether a system administrator deactivated the account: then only a system administrator reactivates it, not the
-- administrator of its agency (an account closed from above, after an incident say, stays closed).
alter table user_account add column deactivated_by_portal boolean not null default false;
