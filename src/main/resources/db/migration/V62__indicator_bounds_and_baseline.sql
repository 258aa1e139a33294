-- What an indicator's figures may be (an upper bound when its unit does not imply one, or overrides
-- it) and where its progress starts: a baseline stated by a document or set by the DNS, never the
-- first measurement that happens to be entered.
alter table indicator
    add column max_value      numeric(18, 2),
    add column baseline_value numeric(18, 2),
    add column baseline_date  date,
    add constraint ck_indicator_max_value check (max_value is null or max_value > 0),
    add constraint ck_indicator_baseline_value check (baseline_value is null or baseline_value >= 0),
    add constraint ck_indicator_baseline_pair check ((baseline_value is null) = (baseline_date is null));
