-- A draft is work in progress: it may be saved before its status is chosen (its narrative is then
-- empty text). Once submitted, validated or published, a report always has its status.
alter table progress_report alter column status drop not null;
alter table progress_report add constraint ck_progress_report_status_when_submitted
    check (status is not null or state in ('DRAFT', 'RETURNED'));
