-- Synthetic data at scale, for load tests: run by scripts/scale-data.sh (read it first), through
-- psql --single-transaction, with the psql variables n (how many roadmaps like 2023-2027), seed
-- (the pseudo-random draws) and current ('large': the roadmap of 2,000 objectives becomes the current
-- one; 'reference': the current roadmap stays as it is).
--
-- Everything it writes says it is synthetic: roadmaps "Feuille de route synthétique n° 17" (codes
-- SYNTH-*), organisations "Organisation synthétique n° 07" (acronyms SYN-*), accounts
-- *@synthetique.invalid (a reserved domain: no mail can reach it), texts "Texte synthétique ...".
-- Nothing of the reference data is changed, except which roadmap is current when asked.
--
-- Draws are deterministic: each is an md5 of the seed and of the row's key (never random(), whose
-- order of evaluation depends on the plan), so the same n and seed give the same rows, ids included
-- on a database in the same state.

select set_config('scale.n', :'n', true) as _n,
       set_config('scale.seed', :'seed', true) as _seed,
       set_config('scale.current', :'current', true) as _current
\gset

-- the joins and window sorts of 170,000 reports (at 100x) stay in memory
set local work_mem = '128MB';

-- Refusals: the transaction aborts before anything is written.
do $$
declare
    migrated integer;
    reason text;
begin
    if to_regclass('public.flyway_schema_history') is null or to_regclass('public.roadmap') is null then
        raise exception 'REFUSED: the database is not migrated: start the application on it once (Flyway creates the schema), then run this again';
    end if;
    execute 'select max(version::integer) from flyway_schema_history where success and version ~ ''^[0-9]+$'''
        into migrated;
    if migrated is null or migrated < 80 then
        raise exception 'REFUSED: the database is not migrated to V80 at least (it is at V%): start the application on it once, then run this again', coalesce(migrated::text, '0');
    end if;
    if exists (select 1 from flyway_schema_history where not success) then
        raise exception 'REFUSED: a migration failed on this database (flyway_schema_history): repair it first';
    end if;

    -- two loads at once, or a load during a campaign action, wait for each other
    lock table roadmap, reporting_period, progress_report, app_user in exclusive mode;

    if exists (select 1 from roadmap where code like 'SYNTH-%')
        or exists (select 1 from organisation where acronym like 'SYN-%')
        or exists (select 1 from app_user where email like '%@synthetique.invalid') then
        raise exception 'REFUSED: this database already holds synthetic data: drop it, create it again, start the application on it once, then load';
    end if;

    -- Real campaign data: anything a person did through the application, or an account of a person.
    select r into reason from (
        select 'an account other than the demo and test ones (' || email || ')' as r
            from app_user where email not like '%@demo.jalons' and email not like '%@test.jalons'
        union all
        select 'history entries (audit_event): someone used the application on it' from audit_event
        union all
        select 'a reporting period other than the reference 2024-S2 (' || m.code || ' ' || p.code || ')'
            from reporting_period p join roadmap m on m.id = p.roadmap_id
            where not (m.code = 'FNS-2023-2027' and p.code = '2024-S2')
        union all
        select 'a progress report written in the application' from progress_report
            where state <> 'PUBLISHED' or submitted_by is not null or updated_by is not null
        union all
        select 'a publication or a correction made in the application' from published_revision
            where revision > 1 or published_by is not null
        union all
        select 'a publication made in the application' from publication where number > 1 or published_by is not null
        union all
        select 'a commitment report' from commitment_report
    ) found limit 1;
    if reason is not null then
        raise exception 'REFUSED: this database holds real campaign data: %', reason;
    end if;
end $$;

-- md5 of the seed and a key, as a number in [0, 1).
create function pg_temp.draw(key text) returns double precision language sql stable parallel safe as $$
    select ('x' || substr(md5(current_setting('scale.seed') || '|' || key), 1, 8))::bit(32)::bigint
        / 4294967296.0
$$;

-- The first id of a block of `count` ids taken from a table's identity, which then goes past it.
create function pg_temp.reserve(tab text, count bigint) returns bigint language plpgsql as $$
declare
    seq text := pg_get_serial_sequence(tab, 'id');
    first bigint;
begin
    first := nextval(seq);
    if count > 1 then
        perform setval(seq, first + count - 1);
    end if;
    return first;
end $$;

-- Plan ---------------------------------------------------------------------------------------------

-- k = 1..n: like 2023-2027 (4 axes, 18 priorities, 65 objectives); k = n + 1: 8 axes, 40 priorities
-- of 50 objectives (2,000).
create temp table syn_roadmap on commit drop as
select k, k > current_setting('scale.n')::integer as large
from generate_series(1, current_setting('scale.n')::integer + 1) k;

create temp table syn_org on commit drop as
select i, 'SYN-' || lpad(i::text, 2, '0') as acronym
from generate_series(1, 30) i;

-- the priorities of each roadmap: number, axis, how many objectives
create temp table syn_priority on commit drop as
select r.k, p.number, p.axis, p.objectives
from syn_roadmap r
cross join lateral (
    select n as number,
           case when r.large then (n - 1) / 5 + 1
                when n <= 4 then 1 when n <= 9 then 2 when n <= 14 then 3 else 4 end as axis,
           case when r.large then 50 when n <= 11 then 4 else 3 end as objectives
    from generate_series(1, case when r.large then 40 else 18 end) n
) p;

-- 20 semesters, 2016-S2 to 2026-S1, each published about two months after it ends
create temp table syn_semester on commit drop as
select i, y as year, s,
       y || '-S' || s as code,
       make_date(y, case s when 1 then 1 else 7 end, 1) as starts_on,
       make_date(y, case s when 1 then 6 else 12 end, case s when 1 then 30 else 31 end) as ends_on
from generate_series(0, 19) i,
     lateral (select (2016 * 2 + 1 + i) / 2 as y, (2016 * 2 + 1 + i) % 2 + 1 as s) x;

-- Organisations and accounts ----------------------------------------------------------------------

alter table syn_org add column id bigint, add column user_id bigint;
update syn_org set id = pg_temp.reserve('organisation', 30) + i - 1;
insert into organisation (id, acronym, name)
select id, acronym, 'Organisation synthétique n° ' || lpad(i::text, 2, '0') from syn_org;

create temp table syn_admin on commit drop as
select pg_temp.reserve('app_user', 31) as id;
update syn_org set user_id = (select id from syn_admin) + i;
insert into app_user (id, email, display_name, password_hash, role, organisation_id, enabled, created_at, updated_at)
select id, 'dns@synthetique.invalid', 'Administration synthétique', null, 'ADMIN', null, true,
       timestamptz '2016-01-04 09:00+01', timestamptz '2016-01-04 09:00+01'
from syn_admin
union all
select user_id, 'editeur.' || lower(acronym) || '@synthetique.invalid', 'Contributeur synthétique ' || acronym,
       null, 'EDITOR', id, true, timestamptz '2016-01-04 09:00+01', timestamptz '2016-01-04 09:00+01'
from syn_org;

-- how the audit trail names them (CurrentUser.label)
create temp table syn_label on commit drop as
select (select id from syn_admin) as user_id, 'Administration synthétique <dns@synthetique.invalid> (ADMIN)' as label
union all
select user_id, 'Contributeur synthétique ' || acronym || ' <editeur.' || lower(acronym)
    || '@synthetique.invalid> (EDITOR, ' || acronym || ')'
from syn_org;

-- Structure ----------------------------------------------------------------------------------------

alter table syn_roadmap add column id bigint;
update syn_roadmap set id = pg_temp.reserve('roadmap', current_setting('scale.n')::integer + 1) + k - 1;
insert into roadmap (id, code, slug, title, start_year, end_year, state)
select id,
       case when large then 'SYNTH-GRANDE' else 'SYNTH-' || lpad(k::text, 4, '0') end,
       case when large then 'synthetique-2000-objectifs' else 'synthetique-' || k end,
       case when large then 'Feuille de route synthétique de 2 000 objectifs'
            else 'Feuille de route synthétique n° ' || k end,
       2016, 2027, 'ARCHIVED'
from syn_roadmap;

create temp table syn_axis on commit drop as
select r.k, r.id as roadmap_id, a.axis, 0::bigint as id
from syn_roadmap r
cross join lateral (select distinct axis from syn_priority p where p.k = r.k) a;
update syn_axis a set id = b.first + x.rn - 1
from (select pg_temp.reserve('axis', (select count(*) from syn_axis)) as first) b,
     (select k, axis, row_number() over (order by k, axis) as rn from syn_axis) x
where x.k = a.k and x.axis = a.axis;
insert into axis (id, roadmap_id, number, name)
select id, roadmap_id, axis, 'Axe synthétique ' || axis from syn_axis;

alter table syn_priority add column id bigint;
update syn_priority p set id = b.first + x.rn - 1
from (select pg_temp.reserve('priority', (select count(*) from syn_priority)) as first) b,
     (select k, number, row_number() over (order by k, number) as rn from syn_priority) x
where x.k = p.k and x.number = p.number;
insert into priority (id, roadmap_id, axis_id, number, title)
select p.id, a.roadmap_id, a.id, p.number,
       'Priorité synthétique ' || p.number || ' de la feuille de route synthétique'
from syn_priority p join syn_axis a on a.k = p.k and a.axis = p.axis;

create temp table syn_objective on commit drop as
select p.k, r.id as roadmap_id, p.id as priority_id, p.number || '-' || o as code,
       row_number() over (order by p.k, p.number, o) as rn
from syn_priority p
join syn_roadmap r on r.k = p.k
cross join generate_series(1, p.objectives) o;
alter table syn_objective
    add column id bigint, add column owners integer, add column first_org integer, add column piloted boolean,
    add column indicators integer, add column deadline_year integer, add column precision text,
    add column deadline date, add column starts_at integer, add column achieved_at integer,
    add column late_bias double precision;
analyze syn_objective;
update syn_objective o set
    id = b.first + o.rn - 1,
    owners = 1 + floor(pg_temp.draw('owners|' || o.k || '|' || o.code) * 3)::integer,
    first_org = floor(pg_temp.draw('org|' || o.k || '|' || o.code) * 30)::integer,
    piloted = pg_temp.draw('pilot|' || o.k || '|' || o.code) < 0.5,
    indicators = floor(pg_temp.draw('indicators|' || o.k || '|' || o.code) * 4)::integer,
    deadline_year = 2018 + floor(pg_temp.draw('deadline|' || o.k || '|' || o.code) * 10)::integer,
    precision = (array['YEAR', 'YEAR', 'SEMESTER', 'DAY'])[1 + floor(pg_temp.draw('precision|' || o.k || '|' || o.code) * 4)::integer],
    -- the semester (0 = 2016-S2 .. 19 = 2026-S1) its work starts
    starts_at = floor(pg_temp.draw('start|' || o.k || '|' || o.code) * 6)::integer,
    late_bias = pg_temp.draw('late|' || o.k || '|' || o.code)
from (select pg_temp.reserve('objective', (select count(*) from syn_objective)) as first) b;
update syn_objective set
    deadline = case when precision = 'DAY' then make_date(deadline_year, 3, 15) else make_date(deadline_year, 12, 31) end,
    -- achieved from three semesters before its deadline's to four after (20 and more: not yet)
    achieved_at = greatest(starts_at + 1,
        2 * (deadline_year - 2016) - case when precision = 'DAY' then 1 else 0 end
        + floor(pg_temp.draw('achieved|' || k || '|' || code) * 8)::integer - 3);

analyze syn_objective;
insert into objective (id, roadmap_id, priority_id, code, title, target, deadline, deadline_precision, pilot_organisation_id)
select o.id, o.roadmap_id, o.priority_id, o.code,
       'Objectif synthétique ' || o.code,
       'Cible synthétique de l’objectif ' || o.code || ' : un texte généré pour les essais de charge, '
           || 'qui ne décrit aucune action réelle de la feuille de route.',
       o.deadline,
       o.precision,
       case when o.piloted then g.id end
from syn_objective o
join syn_org g on g.i = o.first_org + 1;

-- 1 to 3 distinct owners: steps of 7 through the 30 organisations never meet the same one twice
insert into objective_owner (objective_id, organisation_id, position)
select o.id, g.id, j + 1
from syn_objective o
cross join generate_series(0, 2) j
join syn_org g on g.i = (o.first_org + 7 * j) % 30 + 1
where j < o.owners;

create temp table syn_indicator on commit drop as
select o.k, o.id as objective_id, o.code, j as position,
       (array['%', 'établissements', 'patients', 'professionnels'])[1 + floor(pg_temp.draw('unit|' || o.k || '|' || o.code || '|' || j) * 4)::integer] as unit,
       case when pg_temp.draw('direction|' || o.k || '|' || o.code || '|' || j) < 0.9 then 'INCREASE' else 'DECREASE' end as direction,
       pg_temp.draw('scale|' || o.k || '|' || o.code || '|' || j) as scale,
       o.starts_at, o.achieved_at,
       row_number() over (order by o.k, o.rn, j) as rn
from syn_objective o
cross join generate_series(1, 3) j
where j <= o.indicators;
alter table syn_indicator add column id bigint, add column target numeric(18, 2), add column baseline numeric(18, 2);
update syn_indicator i set
    id = b.first + i.rn - 1,
    target = case when i.unit = '%' then 80 + round((i.scale * 20)::numeric)
                  else 1000 * (1 + round((i.scale * 99)::numeric)) end
from (select pg_temp.reserve('indicator', (select count(*) from syn_indicator)) as first) b;
analyze syn_indicator;
update syn_indicator set baseline = case when direction = 'INCREASE' then round(target * 0.1, 2) else target * 3 end;

insert into indicator (id, objective_id, position, name, unit, direction, max_value, baseline_value, baseline_date)
select id, objective_id, position, 'Indicateur synthétique ' || position || ' de l’objectif ' || code,
       unit, direction, null,
       case when position = 1 then baseline end,
       case when position = 1 then date '2016-06-30' end
from syn_indicator;

insert into objective_target (objective_id, position, due_date, due_precision, description, indicator_id, value)
select o.id, 1, o.deadline, o.precision,
       'Jalon synthétique final de l’objectif ' || o.code || '.',
       i.id, case when i.direction = 'INCREASE' then i.target else round(i.target * 0.5, 2) end
from syn_objective o
left join syn_indicator i on i.objective_id = o.id and i.position = 1
union all
select o.id, 2, make_date(o.deadline_year - 1, 12, 31), 'YEAR',
       'Jalon synthétique intermédiaire de l’objectif ' || o.code || '.', null, null
from syn_objective o
where pg_temp.draw('milestone|' || o.k || '|' || o.code) < 0.5;

-- Periods and publications -------------------------------------------------------------------------

create temp table syn_period on commit drop as
select r.k, r.id as roadmap_id, s.*,
       -- the campaign opens when the semester ends, reports are due a month later
       (s.ends_on + 1 + time '09:00') at time zone 'Europe/Paris' as opened_at,
       s.ends_on + 31 as due_on,
       (s.ends_on + 62 + time '10:00') at time zone 'Europe/Paris' as published_at,
       (s.ends_on + 90 + time '10:00') at time zone 'Europe/Paris' as late_published_at,
       row_number() over (order by r.k, s.i) as rn
from syn_roadmap r cross join syn_semester s;
analyze syn_period;
alter table syn_period add column id bigint;
update syn_period p set id = b.first + p.rn - 1
from (select pg_temp.reserve('reporting_period', (select count(*) from syn_period)) as first) b;

-- one report per objective and period; about 3 % come late, in the period's second publication
create temp table syn_report on commit drop as
select o.k, o.id as objective_id, o.code, o.first_org, o.owners, p.id as period_id, p.i, p.code as period_code,
       p.ends_on, p.opened_at, p.published_at as first_publication_at,
       pg_temp.draw('late-report|' || o.k || '|' || o.code || '|' || p.i) < 0.03 as late,
       case
           when p.i < o.starts_at then 'NOT_STARTED'
           when p.i >= o.achieved_at then 'ACHIEVED'
           when p.ends_on > o.deadline then 'LATE'
           else (array['ON_TRACK', 'ON_TRACK', 'ON_TRACK', 'AT_RISK', 'LATE'])[
               1 + least(4, floor((pg_temp.draw('status|' || o.k || '|' || o.code || '|' || p.i) * 0.6 + o.late_bias * 0.4) * 5)::integer)]
       end as status,
       floor(pg_temp.draw('length|' || o.k || '|' || o.code || '|' || p.i) * 3)::integer as paragraphs,
       pg_temp.draw('corrected|' || o.k || '|' || o.code || '|' || p.i) < 0.02 as corrected,
       row_number() over (order by o.k, o.rn, p.i) as rn
from syn_objective o
join syn_period p on p.k = o.k;
alter table syn_report
    add column id bigint, add column published_at timestamptz, add column submitted_at timestamptz,
    add column editor_id bigint, add column editor_acronym text, add column narrative text,
    add column final_status text, add column final_narrative text;
update syn_report r set
    id = b.first + r.rn - 1,
    published_at = case when r.late then p.late_published_at else p.published_at end,
    submitted_at = case when r.late then p.published_at + interval '10 days' else p.opened_at + interval '20 days' end
                   + (floor(pg_temp.draw('submitted|' || r.k || '|' || r.code || '|' || r.i) * 600) || ' minutes')::interval,
    editor_id = g.user_id,
    editor_acronym = g.acronym,
    narrative = 'Texte synthétique, généré pour les essais de charge : point d’avancement de l’objectif '
        || r.code || ' au semestre ' || r.period_code || '.'
        || repeat(' Les travaux de la période sont décrits ici par un texte de remplissage sans rapport avec la '
                  || 'feuille de route réelle ; il donne aux pages, aux exports et aux bilans des textes de longueur '
                  || 'vraisemblable.', r.paragraphs)
from (select pg_temp.reserve('progress_report', (select count(*) from syn_report)) as first) b,
     syn_org g, syn_period p
where g.i = r.first_org + 1 and p.id = r.period_id;
analyze syn_report;
update syn_report set
    final_status = case when corrected and status <> 'ACHIEVED' then 'AT_RISK' else status end,
    final_narrative = case when corrected then narrative || ' Texte synthétique corrigé après publication.' else narrative end;

create temp table syn_publication on commit drop as
select r.period_id, case when r.late then 2 else 1 end as number, min(r.published_at) as published_at,
       count(*) as reports, row_number() over (order by r.period_id, r.late) as rn
from syn_report r
group by r.period_id, r.late;
alter table syn_publication add column id bigint;
update syn_publication u set id = b.first + u.rn - 1
from (select pg_temp.reserve('publication', (select count(*) from syn_publication)) as first) b;
analyze syn_publication;
insert into reporting_period (id, roadmap_id, code, starts_on, ends_on, due_on, state, published_at, version,
                              publications, published_precision, closed_previous_id)
select p.id, p.roadmap_id, p.code, p.starts_on, p.ends_on, p.due_on,
       case when p.i = 19 then 'PUBLISHED' else 'CLOSED' end,
       p.published_at, x.publications, x.publications, 'DAY',
       lag(p.id) over (partition by p.k order by p.i)
from syn_period p
join (select period_id, count(*) as publications from syn_publication group by period_id) x on x.period_id = p.id;

insert into publication (id, period_id, number, published_at, published_by, report_count, synthesis)
select u.id, u.period_id, u.number, u.published_at, (select id from syn_admin), u.reports,
       case when u.number = 1 then 'Synthèse synthétique de la publication du semestre ' || p.code
           || E'.\n\nTexte généré pour les essais de charge : il ne résume aucun bilan réel.' end
from syn_publication u join syn_period p on p.id = u.period_id;

-- Reports, their public revisions and their figures ---------------------------------------------------

insert into progress_report (id, objective_id, period_id, status, narrative, published_at, created_at, updated_at,
                             version, state, review_comment, updated_by, submitted_at, submitted_by)
select id, objective_id, period_id, final_status, final_narrative, published_at,
       submitted_at - interval '2 days', published_at, case when corrected then 4 else 3 end,
       'PUBLISHED', null, (select id from syn_admin), submitted_at, editor_id
from syn_report;

insert into published_revision (report_id, revision, status, narrative, published_at, reason, published_by,
                                publication_id, status_basis, published_precision)
select r.id, 1, r.status, r.narrative, r.published_at, null, (select id from syn_admin), u.id, 'DOCUMENTED', 'DAY'
from syn_report r
join syn_publication u on u.period_id = r.period_id and u.number = case when r.late then 2 else 1 end
union all
select r.id, 2, r.final_status, r.final_narrative, r.published_at + interval '20 days',
       'Correction synthétique : le statut et le texte publiés ont été rectifiés.',
       (select id from syn_admin), null, 'DOCUMENTED', 'DAY'
from syn_report r
where r.corrected;

-- one figure per indicator and period, at the period's end, published with its report
insert into measurement (indicator_id, period_id, measured_on, value, source, report_id, published_at, qualifier, date_precision)
select i.id, r.period_id, r.ends_on,
       round(greatest(0, case
           when i.direction = 'INCREASE' then i.baseline + (i.target - i.baseline)
               * least(1.0, greatest(0.0, (r.i - i.starts_at + 1)::numeric / greatest(1, i.achieved_at - i.starts_at + 1)))
               * (0.9 + 0.1 * pg_temp.draw('value|' || i.id || '|' || r.i)::numeric)
           else i.baseline - (i.baseline - i.target * 0.5)
               * least(1.0, greatest(0.0, (r.i - i.starts_at + 1)::numeric / greatest(1, i.achieved_at - i.starts_at + 1)))
       end), 2),
       'Saisi avec le bilan ' || r.period_code || ' par ' || r.editor_acronym,
       r.id, r.published_at, 'EXACT', 'DAY'
from syn_indicator i
join syn_report r on r.objective_id = i.objective_id;

-- History ----------------------------------------------------------------------------------------------

insert into audit_event (occurred_at, actor_id, actor_label, entity_type, entity_id, objective_id, action,
                         before_state, after_state)
select p.opened_at, a.id, l.label, 'REPORTING_PERIOD', p.code, null::bigint, 'OPENED', null::jsonb,
       jsonb_build_object('period', p.code, 'dueOn', p.due_on::text)
from syn_period p, syn_admin a join syn_label l on l.user_id = a.id
union all
select u.published_at, a.id, l.label, 'REPORTING_PERIOD', p.code, null, 'PUBLISHED', null,
       jsonb_build_object('period', p.code, 'publication', u.number, 'reports', u.reports)
from syn_publication u join syn_period p on p.id = u.period_id, syn_admin a join syn_label l on l.user_id = a.id
union all
select n.opened_at - interval '1 minute', a.id, l.label, 'REPORTING_PERIOD', p.code, null, 'CLOSED', null,
       jsonb_build_object('period', p.code, 'unpublishedReportsKept', 0)
from syn_period p join syn_period n on n.k = p.k and n.i = p.i + 1, syn_admin a join syn_label l on l.user_id = a.id
union all
select r.submitted_at, r.editor_id, l.label, 'PROGRESS_REPORT', r.id::text, r.objective_id, 'CREATED_AND_SUBMITTED', null,
       jsonb_build_object('period', r.period_code, 'state', 'SUBMITTED', 'status', r.status, 'narrative', r.narrative,
                          'reviewComment', null)
from syn_report r join syn_label l on l.user_id = r.editor_id
union all
select r.published_at - interval '3 days', a.id, l.label, 'PROGRESS_REPORT', r.id::text, r.objective_id, 'VALIDATED',
       jsonb_build_object('period', r.period_code, 'state', 'SUBMITTED', 'status', r.status, 'narrative', r.narrative,
                          'reviewComment', null),
       jsonb_build_object('period', r.period_code, 'state', 'VALIDATED', 'status', r.status, 'narrative', r.narrative,
                          'reviewComment', null)
from syn_report r, syn_admin a join syn_label l on l.user_id = a.id
union all
select r.published_at, a.id, l.label, 'PROGRESS_REPORT', r.id::text, r.objective_id, 'PUBLISHED',
       jsonb_build_object('period', r.period_code, 'state', 'VALIDATED', 'status', r.status, 'narrative', r.narrative,
                          'reviewComment', null),
       jsonb_build_object('period', r.period_code, 'state', 'PUBLISHED', 'status', r.status, 'narrative', r.narrative,
                          'reviewComment', null)
from syn_report r, syn_admin a join syn_label l on l.user_id = a.id
union all
select r.published_at + interval '20 days', a.id, l.label, 'PROGRESS_REPORT', r.id::text, r.objective_id, 'CORRECTED',
       jsonb_build_object('period', r.period_code, 'state', 'PUBLISHED', 'status', r.status, 'narrative', r.narrative,
                          'reviewComment', null),
       jsonb_build_object('period', r.period_code, 'state', 'PUBLISHED', 'status', r.final_status,
                          'narrative', r.final_narrative, 'reviewComment', null)
from syn_report r, syn_admin a join syn_label l on l.user_id = a.id
where r.corrected;

-- Which roadmap is current -------------------------------------------------------------------------

update roadmap set state = 'ARCHIVED'
where state = 'CURRENT' and current_setting('scale.current') = 'large';
update roadmap set state = 'CURRENT'
where code = 'SYNTH-GRANDE' and current_setting('scale.current') = 'large';
