-- Rights follow the account at once: each session remembers the generation of its account at sign-in,
-- and every request compares it with this column. Ending every session of an account (after a
-- password reset) is one increment, seen by every node whatever holds the sessions.
alter table app_user add column session_generation integer not null default 0;
alter table app_user add constraint ck_app_user_session_generation check (session_generation >= 0);
