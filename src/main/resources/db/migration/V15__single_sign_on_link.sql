-- Single sign-on: the provider's permanent id of the person (issuer + subject), linked to one portal account once the
-- person has proved the account's password in the same browser; names the provider lets people choose are never used.
alter table user_account add column sso_issuer text;
alter table user_account add column sso_subject text;
alter table user_account add constraint user_account_sso_link check ((sso_issuer is null) = (sso_subject is null));
create unique index user_account_sso_idx on user_account (sso_issuer, sso_subject) where sso_subject is not null;
