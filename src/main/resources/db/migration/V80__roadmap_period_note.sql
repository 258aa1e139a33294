-- How a roadmap's years were established when no document states them whole, shown next to its
-- period wherever the period is public. #MaSanté2022's end year is in its name, but no document Jalons
-- holds gives the year it started: 2019 is the year of the press release that shows it under way.
alter table roadmap add column period_note text
    constraint ck_roadmap_period_note check (period_note is null or btrim(period_note) <> '');

update roadmap
set period_note = 'Aucun document ne donne son année de début : 2022 est dans son nom, et 2019 est l’année du communiqué de la rentrée 2019 qui la montre déjà en cours.'
where slug = 'masante-2022';
