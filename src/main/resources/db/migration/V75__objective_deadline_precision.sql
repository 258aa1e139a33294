-- An objective's deadline as precise as its source: a day, a month, a semester or a year ("d'ici fin
-- 2027"). The stored date is the last day of that period, as the reference roadmap's deadlines have
-- always been stored ("fin 2027" is 2027-12-31), so that sorting and "past its deadline" keep working;
-- the precision says which of its parts the source gave, so that no day is ever shown that it did not.
-- The deadlines already stored are days.
alter table objective add column deadline_precision varchar(8) not null default 'DAY';
alter table objective add constraint ck_objective_deadline_precision check (
    deadline_precision = 'DAY'
    or (deadline_precision = 'MONTH'
        and deadline = (date_trunc('month', deadline) + interval '1 month' - interval '1 day')::date)
    or (deadline_precision = 'SEMESTER'
        and ((extract(month from deadline) = 6 and extract(day from deadline) = 30)
            or (extract(month from deadline) = 12 and extract(day from deadline) = 31)))
    or (deadline_precision = 'YEAR' and extract(month from deadline) = 12 and extract(day from deadline) = 31));
comment on column objective.deadline_precision is
    'How much of the deadline the source gives (DAY, MONTH, SEMESTER, YEAR); the date is the period''s last day.';
