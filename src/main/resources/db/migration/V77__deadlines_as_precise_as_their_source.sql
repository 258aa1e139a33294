-- Each deadline of the 2023-2027 roadmap, and each dated milestone of its targets, as precise as the
-- December 2024 report (source 003) states it, so that no page, export, bilan or feed writes a day
-- the document does not give ("d'ici fin 2024" is "fin 2024", never "31 décembre 2024"). The stored
-- date stays the last day of the period (a sort key and the "past its deadline" limit); the precision
-- says which of its parts the source gave. The findings, objective by objective, are in
-- docs/data-provenance.md ("Deadlines").

-- A quarter ("au T1 2024", "dès le premier trimestre 2024") is a precision of its own. One function
-- says whether a date closes the period its precision names, for the objective and its re-baselinings.
create function deadline_closes_its_period(deadline date, deadline_precision varchar) returns boolean
language sql immutable as $$
    select case deadline_precision
        when 'DAY' then true
        when 'MONTH' then deadline = (date_trunc('month', deadline) + interval '1 month' - interval '1 day')::date
        when 'QUARTER' then extract(month from deadline) in (3, 6, 9, 12)
            and deadline = (date_trunc('month', deadline) + interval '1 month' - interval '1 day')::date
        when 'SEMESTER' then (extract(month from deadline) = 6 and extract(day from deadline) = 30)
            or (extract(month from deadline) = 12 and extract(day from deadline) = 31)
        when 'YEAR' then extract(month from deadline) = 12 and extract(day from deadline) = 31
        else false
    end
$$;

alter table objective drop constraint ck_objective_deadline_precision;
alter table objective add constraint ck_objective_deadline_precision
    check (deadline_closes_its_period(deadline, deadline_precision));
comment on column objective.deadline_precision is
    'How much of the deadline the source gives (DAY, MONTH, QUARTER, SEMESTER, YEAR); the date is the period''s last day.';

-- A re-baselining shows the deadline before and after it as precisely as each was given. Those
-- recorded so far were typed as days in the structure form, or are the reference deadline (below).
alter table objective_baseline add column previous_deadline_precision varchar(8) not null default 'DAY';
alter table objective_baseline add column new_deadline_precision varchar(8) not null default 'DAY';
alter table objective_baseline add constraint ck_objective_baseline_previous_deadline_precision
    check (deadline_closes_its_period(previous_deadline, previous_deadline_precision));
alter table objective_baseline add constraint ck_objective_baseline_new_deadline_precision
    check (deadline_closes_its_period(new_deadline, new_deadline_precision));

-- The dated milestones of a target come from the same words ("250 millions [...] fin 2023 et 400
-- millions fin 2026"): each is due as precisely as they say, the date being its period's last day.
alter table objective_target add column due_precision varchar(8) not null default 'DAY';
alter table objective_target add constraint ck_objective_target_due_precision
    check (deadline_closes_its_period(due_date, due_precision));

-- code, the date V2 stored, the deadline as the source states it (last day of its period), precision.
-- One correction: 11-3 ends "et puis après 2024 rendre accessible l'identité du médecin traitant": no
-- year after 2024 is named, and V2's 2025 was invented. The latest the documents allow is the end of
-- the roadmap itself, "à l'horizon 2027" (source 001, the launch of the 2023-2027 roadmap): 2027.
create temporary table deadline_source (code varchar(10), stored date, deadline date, deadline_precision varchar(8));
insert into deadline_source (code, stored, deadline, deadline_precision) values
    ('1-1', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « 400 millions fin 2026 » (003, l. 12)
    ('1-2', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « messagerie citoyenne en 2024 » (003, l. 30-31)
    ('1-3', date '2025-12-31', date '2025-12-31', 'YEAR'), -- « d'ici 2025 » (003, l. 62)
    ('1-4', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « dès 2024 » (003, l. 91)
    ('2-1', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « courant 2024 » (003, l. 107)
    ('2-2', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « d'ici 2027 » (003, l. 132)
    ('2-3', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « d'ici 2027 » (003, l. 146)
    ('2-4', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « Dès 2024 » (003, l. 160)
    ('3-1', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « d'ici fin 2026 » (003, l. 185)
    ('3-2', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « Dès 2024 » (003, l. 203)
    ('3-3', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « dès 2024 » (003, l. 218)
    ('4-1', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « d'ici fin 2027 » (003, l. 237)
    ('4-2', date '2026-06-30', date '2026-06-30', 'MONTH'), -- « d'ici juin 2026 » (003, l. 248-249)
    ('4-3', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « courant 2024 » (003, l. 267)
    ('5-1', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « d'ici 2026 » (003, l. 282)
    ('5-2', date '2024-03-31', date '2024-03-31', 'QUARTER'), -- « dès le premier trimestre 2024 » (003, l. 311-312)
    ('5-3', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « d'ici 2026 » (003, l. 342)
    ('5-4', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « D'ici fin 2026 » (003, l. 372)
    ('5-5', date '2024-03-31', date '2024-03-31', 'QUARTER'), -- « au premier trimestre 2024 » (003, l. 402)
    ('5-6', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « d'ici fin 2026 » (003, l. 429)
    ('6-1', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « d'ici fin 2026 » (003, l. 454)
    ('6-2', date '2025-12-31', date '2025-12-31', 'YEAR'), -- « d'ici 2025 » (003, l. 479)
    ('6-3', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « d'ici fin 2026 » (003, l. 495)
    ('7-1', date '2023-12-31', date '2023-12-31', 'YEAR'), -- « Dès 2023 » (003, l. 517)
    ('7-2', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « en 2024 » (003, l. 534)
    ('7-3', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « d'ici fin 2024 » (003, l. 562)
    ('8-1', date '2024-06-30', date '2024-06-30', 'QUARTER'), -- « dès le deuxième trimestre 2024 » (003, l. 580-581)
    ('8-2', date '2025-12-31', date '2025-12-31', 'YEAR'), -- « dès 2025 » (003, l. 613)
    ('8-3', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « D'ici 2027 » (003, l. 635)
    ('8-4', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « d'ici fin 2024 » (003, l. 656)
    ('8-5', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « En 2027 » (003, l. 691)
    ('9-1', date '2024-03-31', date '2024-03-31', 'QUARTER'), -- « Dès le premier trimestre 2024 » (003, l. 723)
    ('9-2', date '2025-12-31', date '2025-12-31', 'YEAR'), -- « à partir de 2025 » (003, l. 740)
    ('9-3', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « à partir de 2026 » (003, l. 762)
    ('10-1', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « D'ici 2027 » (003, l. 781)
    ('10-2', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « D'ici 2027 » (003, l. 781)
    ('11-1', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « D'ici 2027 » (003, l. 802)
    ('11-2', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « Dès 2024 » (003, l. 817)
    ('11-3', date '2025-12-31', date '2027-12-31', 'YEAR'), -- « après 2024 » (003, l. 839)
    ('12-1', date '2025-12-31', date '2025-12-31', 'YEAR'), -- « d'ici fin 2025 » (003, l. 863)
    ('12-2', date '2025-12-31', date '2025-12-31', 'YEAR'), -- « en 2025 » (003, l. 881)
    ('12-3', date '2023-12-31', date '2023-12-31', 'YEAR'), -- « d'ici fin 2023 » (003, l. 895)
    ('13-1', date '2023-12-31', date '2023-12-31', 'YEAR'), -- « d'ici fin 2023 » (003, l. 920)
    ('13-2', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « avant fin 2027 » (003, l. 947)
    ('13-3', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « en 2026 » (003, l. 970)
    ('14-1', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « en 2027 » (003, l. 985)
    ('14-2', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « courant 2024 » (003, l. 984)
    ('15-1', date '2023-06-30', date '2023-06-30', 'SEMESTER'), -- « mi-2023 » (003, l. 1007)
    ('15-2', date '2024-03-31', date '2024-03-31', 'QUARTER'), -- « au T1 2024 » (003, l. 1039)
    ('15-3', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « Au plus tard en 2027 » (003, l. 1064)
    ('15-4', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « Au plus tard en 2027 » (003, l. 1091)
    ('15-5', date '2027-12-31', date '2027-12-31', 'YEAR'), -- « prévu en 2027 » (003, l. 1130)
    ('15-6', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « en 2024 » (003, l. 1144)
    ('16-1', date '2023-12-31', date '2023-12-31', 'YEAR'), -- « fin 2023 » (003, l. 1171)
    ('16-2', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « fin 2024 » (003, l. 1195)
    ('16-3', date '2025-12-31', date '2025-12-31', 'YEAR'), -- « en 2025 » (003, l. 1221)
    ('16-4', date '2023-12-31', date '2023-12-31', 'YEAR'), -- « fin 2023 » (003, l. 1251)
    ('16-5', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « en 2026 » (003, l. 1285)
    ('17-1', date '2024-12-31', date '2024-12-31', 'YEAR'), -- « fin 2024 » (003, l. 1319)
    ('17-2', date '2023-12-31', date '2023-12-31', 'YEAR'), -- « avant fin 2023 » (003, l. 1332)
    ('17-3', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « en 2026 » (003, l. 1348)
    ('18-1', date '2024-06-30', date '2024-06-30', 'SEMESTER'), -- « au S1 2024 » (003, l. 1368)
    ('18-2', date '2026-12-31', date '2026-12-31', 'YEAR'), -- « avant 2027 » (003, l. 1397)
    ('18-3', date '2025-12-31', date '2025-12-31', 'YEAR'), -- « en 2025 » (003, l. 1413)
    ('18-4', date '2026-12-31', date '2026-12-31', 'YEAR'); -- « d'ici 2026 » (003, l. 1444)

-- Only a reference deadline nobody has moved since: one the DNS typed is kept as it was typed.
update objective_baseline b
set previous_deadline = s.deadline, previous_deadline_precision = s.deadline_precision
from objective o, roadmap r, deadline_source s
where o.id = b.objective_id and r.id = o.roadmap_id and r.code = 'FNS-2023-2027' and s.code = o.code
  and b.previous_deadline = s.stored
  and not exists (
      select 1 from objective_baseline e
      where e.objective_id = b.objective_id and e.previous_deadline <> e.new_deadline
        and (e.changed_at, e.id) < (b.changed_at, b.id));
update objective_baseline b
set new_deadline = s.deadline, new_deadline_precision = s.deadline_precision
from objective o, roadmap r, deadline_source s
where o.id = b.objective_id and r.id = o.roadmap_id and r.code = 'FNS-2023-2027' and s.code = o.code
  and b.new_deadline = s.stored and b.previous_deadline = s.deadline
  and b.previous_deadline_precision = s.deadline_precision
  and not exists (
      select 1 from objective_baseline e
      where e.objective_id = b.objective_id and e.previous_deadline <> e.new_deadline
        and (e.changed_at, e.id) < (b.changed_at, b.id));
update objective o
set deadline = s.deadline, deadline_precision = s.deadline_precision
from roadmap r, deadline_source s
where r.id = o.roadmap_id and r.code = 'FNS-2023-2027' and s.code = o.code
  and o.deadline = s.stored and o.deadline_precision = 'DAY'
  and not exists (
      select 1 from objective_baseline b where b.objective_id = o.id and b.previous_deadline <> b.new_deadline);

-- A reference milestone due at its objective's deadline is due as that deadline; 11-3's second one
-- is the one "après 2024": the same correction as its deadline.
update objective_target t
set due_precision = s.deadline_precision
from objective o, roadmap r, deadline_source s
where o.id = t.objective_id and r.id = o.roadmap_id and r.code = 'FNS-2023-2027' and s.code = o.code
  and t.due_date = s.stored and s.deadline = s.stored;
update objective_target t
set due_date = date '2027-12-31', due_precision = 'YEAR'
from objective o, roadmap r
where o.id = t.objective_id and r.id = o.roadmap_id and r.code = 'FNS-2023-2027' and o.code = '11-3'
  and t.due_date = date '2025-12-31' and o.deadline = date '2027-12-31';

-- The earlier milestones, each as its own words state it.
update objective_target t
set due_precision = m.due_precision
from objective o, roadmap r, (values
    ('1-1', date '2023-12-31', 'YEAR'), -- « par an [...] fin 2023 » (003, l. 11)
    ('1-2', date '2023-05-31', 'MONTH'), -- « dès mai 2023 » (003, l. 28)
    ('1-3', date '2023-12-31', 'YEAR'), -- « d'ici fin 2023 » (003, l. 61)
    ('4-3', date '2023-12-31', 'YEAR'), -- « d'ici fin 2023 » (003, l. 266)
    ('5-3', date '2024-12-31', 'YEAR'), -- « dès 2024 » (003, l. 338)
    ('8-3', date '2024-06-30', 'SEMESTER'), -- « Dès mi-2024 » (003, l. 632)
    ('9-2', date '2024-06-30', 'SEMESTER'), -- « Dès la mi-2024 » (003, l. 738)
    ('11-3', date '2024-12-31', 'YEAR'), -- « Dès 2024 » (003, l. 835)
    ('13-2', date '2024-12-31', 'YEAR'), -- « d'ici fin 2024 » (003, l. 942)
    ('14-1', date '2025-12-31', 'YEAR'), -- « fin 2025 » (003, l. 985)
    ('15-5', date '2023-12-31', 'YEAR'), -- « En 2023 » (003, l. 1125)
    ('16-5', date '2023-12-31', 'YEAR') -- « fin 2023 » (003, l. 1281)
) as m (code, due_date, due_precision)
where o.id = t.objective_id and r.id = o.roadmap_id and r.code = 'FNS-2023-2027' and o.code = m.code
  and t.due_date = m.due_date;

drop table deadline_source;
