-- An open campaign ready to publish, on a database scripts/scale-data.sh loaded (its roadmap of 2,000
-- objectives current): run by scripts/bench-publication.sh (read it first), through
-- psql --single-transaction, with the psql variable objectives (how many objectives the current
-- roadmap holds afterwards, default 6,500: every roadmap of the ministry in one campaign).
--
-- It adds to the current synthetic roadmap the priorities and objectives it lacks (priorities 41 to 99,
-- 5 per axis as the generator does, 77 objectives or so each; they have no earlier semester), closes its last
-- published semester, opens the next one (2026-S2 after a fresh load; run again after a publication,
-- the semester after that) and writes one VALIDATED report per objective,
-- with one unpublished figure per indicator: what the DNS finds on the publication page the day it
-- publishes. It also adds one administrator who can sign in, publication@synthetique.invalid
-- (password jalons-demo-2025, as the demo accounts): the synthetic ones have no password.
-- Everything it writes says it is synthetic, like the generator's rows.

select set_config('scale.objectives', :'objectives', true) as _objectives
\gset

set local work_mem = '128MB';

do $$
declare
    large bigint;
begin
    lock table roadmap, reporting_period, progress_report, app_user in exclusive mode;
    select id into large from roadmap where code = 'SYNTH-GRANDE' and state = 'CURRENT';
    if large is null then
        raise exception 'REFUSED: no current synthetic roadmap SYNTH-GRANDE: load the database with scripts/scale-data.sh first (without --keep-current)';
    end if;
    if exists (select 1 from reporting_period where roadmap_id = large and state = 'OPEN') then
        raise exception 'REFUSED: the current roadmap already has an open period: this script was run on this database already';
    end if;
    if (select count(*) from objective where roadmap_id = large) > current_setting('scale.objectives')::integer then
        raise exception 'REFUSED: the current roadmap already has more than % objectives', current_setting('scale.objectives');
    end if;
end $$;

create function pg_temp.draw(key text) returns double precision language sql immutable parallel safe as $$
    select ('x' || substr(md5('publication|' || key), 1, 8))::bit(32)::bigint / 4294967296.0
$$;

create temp table pub_roadmap on commit drop as
select id from roadmap where code = 'SYNTH-GRANDE';

-- The missing objectives, in new priorities (and axes of 5 priorities): an objective's code is at most
-- 99-99, so the new priorities up to 99 share them evenly -----------------------------------------------

create temp table pub_missing on commit drop as
select greatest(0, current_setting('scale.objectives')::integer
           - (select count(*) from objective where roadmap_id = (select id from pub_roadmap)))::integer as objectives,
       (select coalesce(max(number), 0) from priority where roadmap_id = (select id from pub_roadmap))::integer as last_priority;

do $$
begin
    if (select objectives from pub_missing) > (99 - (select last_priority from pub_missing)) * 99 then
        raise exception 'REFUSED: % more objectives do not fit in the priorities left (codes go up to 99-99)',
            (select objectives from pub_missing);
    end if;
end $$;

create temp table pub_priority on commit drop as
select n as number, (n - 1) / 5 + 1 as axis
from pub_missing m, generate_series(m.last_priority + 1, 99) n
where m.objectives > 0;

insert into axis (roadmap_id, number, name)
select (select id from pub_roadmap), a.axis, 'Axe synthétique ' || a.axis
from (select distinct axis from pub_priority) a
where not exists (select 1 from axis x where x.roadmap_id = (select id from pub_roadmap) and x.number = a.axis);

insert into priority (roadmap_id, axis_id, number, title)
select x.roadmap_id, x.id, p.number, 'Priorité synthétique ' || p.number || ' de la feuille de route synthétique'
from pub_priority p
join axis x on x.roadmap_id = (select id from pub_roadmap) and x.number = p.axis;

create temp table pub_new_objective on commit drop as
select p.id as priority_id, p.number || '-' || o as code
from priority p
cross join generate_series(1, 99) o
where p.roadmap_id = (select id from pub_roadmap)
  and p.number in (select number from pub_priority)
  and o <= ceil((select objectives from pub_missing) / (select count(*) from pub_priority)::numeric)
order by o, p.number
limit (select objectives from pub_missing);

insert into objective (roadmap_id, priority_id, code, title, target, deadline, deadline_precision, pilot_organisation_id)
select (select id from pub_roadmap), o.priority_id, o.code,
       'Objectif synthétique ' || o.code,
       'Cible synthétique de l’objectif ' || o.code || ' : un texte généré pour les essais de charge, '
           || 'qui ne décrit aucune action réelle de la feuille de route.',
       make_date(2027 + floor(pg_temp.draw('deadline|' || o.code) * 3)::integer, 12, 31), 'YEAR',
       case when pg_temp.draw('pilot|' || o.code) < 0.5 then g.id end
from pub_new_objective o
join organisation g on g.acronym = 'SYN-' || lpad((1 + floor(pg_temp.draw('org|' || o.code) * 30))::integer::text, 2, '0');

create temp table pub_objective on commit drop as
select o.id, o.code, floor(pg_temp.draw('org|' || o.code) * 30)::integer as first_org,
       1 + floor(pg_temp.draw('owners|' || o.code) * 3)::integer as owners,
       floor(pg_temp.draw('indicators|' || o.code) * 4)::integer as indicators
from objective o join pub_new_objective n on n.code = o.code
where o.roadmap_id = (select id from pub_roadmap);

-- 1 to 3 distinct owners: steps of 7 through the 30 organisations never meet the same one twice
insert into objective_owner (objective_id, organisation_id, position)
select o.id, g.id, j + 1
from pub_objective o
cross join generate_series(0, 2) j
join organisation g on g.acronym = 'SYN-' || lpad(((o.first_org + 7 * j) % 30 + 1)::text, 2, '0')
where j < o.owners;

insert into indicator (objective_id, position, name, unit, direction, max_value, baseline_value, baseline_date)
select o.id, j, 'Indicateur synthétique ' || j || ' de l’objectif ' || o.code, '%', 'INCREASE', null,
       case when j = 1 then 10 end, case when j = 1 then date '2026-06-30' end
from pub_objective o
cross join generate_series(1, 3) j
where j <= o.indicators;

insert into objective_target (objective_id, position, due_date, due_precision, description, indicator_id, value)
select o.id, 1, x.deadline, 'YEAR', 'Jalon synthétique final de l’objectif ' || o.code || '.', i.id,
       case when i.id is not null then 90 end
from pub_objective o
join objective x on x.id = o.id
left join indicator i on i.objective_id = o.id and i.position = 1;

-- The campaign: the last published semester closed, the next one open ------------------------------------

create temp table pub_period on commit drop as
select l.id as previous_id, n.code, n.starts_on, n.ends_on, (n.ends_on + 31) as due_on
from (select p.id, p.ends_on from reporting_period p
      where p.roadmap_id = (select id from pub_roadmap) order by p.ends_on desc limit 1) l,
     lateral (select to_char(l.ends_on + 1, 'YYYY') || case when extract(month from l.ends_on + 1) = 1 then '-S1' else '-S2' end
                         as code,
                     l.ends_on + 1 as starts_on,
                     (l.ends_on + 1 + interval '6 months' - interval '1 day')::date as ends_on) n;

update reporting_period set state = 'CLOSED'
where roadmap_id = (select id from pub_roadmap) and state = 'PUBLISHED';

insert into reporting_period (roadmap_id, code, starts_on, ends_on, due_on, state, closed_previous_id)
select (select id from pub_roadmap), code, starts_on, ends_on, due_on, 'OPEN', previous_id
from pub_period;

create temp table pub_admin on commit drop as
select id from app_user where email = 'dns@synthetique.invalid';

insert into app_user (email, display_name, password_hash, role, organisation_id, enabled, created_at, updated_at)
select 'publication@synthetique.invalid', 'Publication synthétique',
        -- BCrypt of jalons-demo-2025, as the demo accounts and scripts/load-test.sh
        '$2a$12$fMZ8uwli2cHr.36w3tP8R.b4yO3aH7hEezxgvQockkEYzJPsIyBtW', 'ADMIN', null, true, now(), now()
where not exists (select 1 from app_user where email = 'publication@synthetique.invalid');

-- One validated report per objective, submitted by an editor of its first owner ---------------------------

create temp table pub_report on commit drop as
select o.id as objective_id, o.code, p.id as period_id,
       (array['ON_TRACK', 'ON_TRACK', 'ON_TRACK', 'AT_RISK', 'LATE', 'ACHIEVED'])[
           -- drawn per semester too: the same status every semester would make a home page without moves
           1 + floor(pg_temp.draw('status|' || o.code || '|' || p.code) * 6)::integer] as status,
       u.id as editor_id,
       ((select ends_on from pub_period) + 10 + time '10:00') at time zone 'Europe/Paris'
           + (floor(pg_temp.draw('submitted|' || o.code) * 20000) || ' minutes')::interval as submitted_at,
       floor(pg_temp.draw('length|' || o.code) * 3)::integer as paragraphs
from objective o
join reporting_period p on p.roadmap_id = o.roadmap_id and p.code = (select code from pub_period)
join objective_owner w on w.objective_id = o.id and w.position = 1
join organisation g on g.id = w.organisation_id
join app_user u on u.email = 'editeur.' || lower(g.acronym) || '@synthetique.invalid'
where o.roadmap_id = (select id from pub_roadmap);

insert into progress_report (objective_id, period_id, status, narrative, published_at, created_at, updated_at,
                             version, state, review_comment, updated_by, submitted_at, submitted_by)
select r.objective_id, r.period_id, r.status,
       'Texte synthétique, généré pour les essais de charge : point d’avancement de l’objectif '
           || r.code || ' au semestre ' || (select code from pub_period) || '.'
           || repeat(' Les travaux de la période sont décrits ici par un texte de remplissage sans rapport avec la '
                     || 'feuille de route réelle ; il donne aux pages, aux exports et aux bilans des textes de longueur '
                     || 'vraisemblable.', r.paragraphs),
       null, r.submitted_at - interval '2 days', r.submitted_at + interval '3 days', 2, 'VALIDATED', null,
       (select id from pub_admin), r.submitted_at, r.editor_id
from pub_report r;

-- one figure per indicator, at the semester's end, saved with the report and not yet public
insert into measurement (indicator_id, period_id, measured_on, value, source, report_id, published_at, qualifier, date_precision)
select i.id, pr.period_id, (select ends_on from pub_period),
       round((coalesce(i.baseline_value, 10) + 50 * pg_temp.draw('value|' || i.id))::numeric, 2),
       'Saisi avec le bilan ' || (select code from pub_period) || ' (synthétique)', pr.id, null, 'EXACT', 'DAY'
from indicator i
join progress_report pr on pr.objective_id = i.objective_id
join reporting_period p on p.id = pr.period_id and p.state = 'OPEN' and p.roadmap_id = (select id from pub_roadmap);

insert into audit_event (occurred_at, actor_id, actor_label, entity_type, entity_id, objective_id, action,
                         before_state, after_state)
select ((p.ends_on + 1 + time '09:00') at time zone 'Europe/Paris'), a.id,
       'Administration synthétique <dns@synthetique.invalid> (ADMIN)', 'REPORTING_PERIOD', p.code, null, 'OPENED',
       null, jsonb_build_object('period', p.code, 'dueOn', p.due_on::text)
from pub_admin a, pub_period p;
