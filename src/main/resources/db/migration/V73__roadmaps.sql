alter table roadmap add column slug varchar(60);
update roadmap set slug = '2023-2027' where code = 'FNS-2023-2027';
alter table roadmap alter column slug set not null;
alter table roadmap add constraint uq_roadmap_slug unique (slug);
alter table roadmap add constraint ck_roadmap_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
alter table roadmap add column state varchar(10) not null default 'DRAFT';
update roadmap set state = 'CURRENT' where code = 'FNS-2023-2027';
alter table roadmap add constraint ck_roadmap_state check (state in ('DRAFT', 'CURRENT', 'ARCHIVED'));
create unique index uq_roadmap_one_current on roadmap (state) where state = 'CURRENT';
