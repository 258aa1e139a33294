-- ProConnect (the State's identity federation for agents) signs people in to accounts that already
-- exist, matched by address.
--
-- An organisation's SIRET, where known: when an account's organisation has one, the identity's siret
-- claim must be the same. None is loaded here: no source document gives one; the DNS types them in.
-- 14 digits (the Luhn key is checked by the application, which says so next to the field).
alter table organisation add column siret varchar(14);
alter table organisation add constraint ck_organisation_siret check (siret ~ '^[0-9]{14}$');

-- The identity's uid, remembered at the account's first ProConnect sign-in: a later identity with the
-- same address but another uid is someone else, and is refused. Not unique: each identity provider
-- behind ProConnect issues its own uids.
alter table app_user add column proconnect_uid varchar(255);
alter table app_user add constraint ck_app_user_proconnect_uid check (btrim(proconnect_uid) <> '');

-- Set by the DNS: the account signs in with ProConnect only, its password is refused.
alter table app_user add column proconnect_only boolean not null default false;
