-- The history's filter lists every person who changed anything: with this index the few distinct names
-- are found by a skip scan (one index probe per name) instead of reading the whole trail on every
-- history page (about 0.6 s on the generated 100x data's half a million changes).
create index ix_audit_event_actor on audit_event (actor_label);
