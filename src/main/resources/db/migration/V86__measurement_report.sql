-- A publication marks its period's figures public by report (`update measurement ... where report_id in
-- (...)`, 500 reports a statement): without this index each statement read the whole table, about
-- 70 ms for 500 reports on the generated 100x data's quarter of a million figures, against 3 ms with it
-- (docs/performance.md). Deleting a report (its figures cascade) reads it the same way.
create index ix_measurement_report on measurement (report_id);
