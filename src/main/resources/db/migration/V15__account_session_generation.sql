-- A session remembers the generation of its account when it signed in; raising the generation
-- ends every open session of the account on its next request (password reset, "end every session"),
-- whatever stores the sessions. A counter rather than a time: no clock skew between nodes.
alter table app_user add column session_generation integer not null default 0;
