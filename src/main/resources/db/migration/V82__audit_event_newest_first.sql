-- The history is read a page at a time, newest first: with this index the first page of a trail of
-- half a million changes is read in 3 ms instead of sorting the whole table (234 ms), measured on the
-- generated 100x data (docs/performance.md).
create index ix_audit_event_occurred on audit_event (occurred_at desc, id desc);
