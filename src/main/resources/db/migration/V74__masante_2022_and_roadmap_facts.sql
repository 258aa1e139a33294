-- The previous roadmap, #MaSanté2022, as far as a document states it, and the facts the documents give
-- about each roadmap, every one quoting its sentence verbatim (see docs/data-provenance.md).

-- 002: a press release of the délégation ministérielle's roadmap #MaSanté2022 (already the source of
-- the governance meetings of V70). It prints no date: it reports "ce mardi 1er octobre" in the past
-- tense and speaks of "cette rentrée 2019", so it dates from 2019, after Tuesday 1 October 2019.
insert into source_document (code, position, description, title, publisher, dated, dated_iso, date_precision, date_note, taken)
values (
    'communique-masante-2022-2019', 3,
    'Communiqué de presse sur la feuille de route du numérique en santé #MaSanté2022 : concertation, doctrine technique, ateliers citoyens',
    'Virage numérique #MaSanté2022 : une feuille de route qui suit son cap avec comme maîtres-mots les échanges et la concertation',
    null,
    '2019', '2019', 'YEAR',
    'Le communiqué n’est pas daté : il rapporte au passé « ce mardi 1er octobre » et parle de « cette rentrée 2019 » ; il date donc de 2019, après le mardi 1er octobre 2019.',
    'La feuille de route #MaSanté2022 et ce que le communiqué en dit : ses 26 actions, son pilotage, la réunion du Conseil du numérique en santé du 27 juin 2019 et l’annonce de la suivante pour le 20 février 2020, la mise en concertation de la première partie de la doctrine technique, le premier atelier citoyens ; les instances et groupes de travail de la page Instances. Ses 26 actions n’y sont pas énumérées.'
);

update source_document
set taken = taken || ' Les repères de la feuille de route 2023-2027 : son intitulé, ses ministres, ses valeurs, sa concertation et son suivi.'
where code = 'lancement-feuille-de-route-2023-05-17';

-- The roadmap itself: 2022 is in its name; 2019 is the year the press release shows it under way (its
-- Conseil met on 27 June 2019). Its 26 actions are not listed by any document Jalons holds: it has no
-- axis, priority or objective until the DNS imports them.
insert into roadmap (code, slug, title, start_year, end_year, state)
values ('MASANTE-2022', 'masante-2022', 'Feuille de route du numérique en santé #MaSanté2022', 2019, 2022, 'ARCHIVED');

insert into roadmap_fact (roadmap_id, position, statement, occurred_on, date_precision, date_note, source_document_id, source_excerpt)
select r.id, x.position, x.statement, x.occurred_on, x.date_precision, x.date_note, d.id, x.excerpt
from (values
    (1, 'La feuille de route présente 26 actions.', null::date, null, null,
     'Cette rentrée 2019, riche en projets, a démarré de plus belle autour de la plupart des 26 actions présentées dans la feuille de route du numérique en santé #MaSanté2022.'),
    (2, 'Dominique Pon et Laura Létourneau, responsable et déléguée de la délégation ministérielle du numérique en santé, en assurent le pilotage.', null, null, null,
     'Dominique Pon et Laura Létourneau, respectivement responsable et déléguée de la délégation ministérielle du numérique en santé, assurent le pilotage de l''ensemble des chantiers de transformation numérique présentés dans la feuille de route stratégique du numérique en santé #MaSanté2022.'),
    (3, 'Le Conseil du numérique en santé se réunit pour un premier temps d’échange.', date '2019-06-27', 'DAY',
     'Le communiqué dit « le 27 juin dernier » ; il date de la rentrée 2019, d’où l’année 2019.',
     'Le Conseil du Numérique en Santé s''est réuni le 27 juin dernier pour un premier temps d''échange autour de Dominique Pon et de Laura Létourneau.'),
    (4, 'Une première partie de la doctrine technique est mise en ligne sur l’espace de concertation, ouverte aux contributions.', date '2019-09-30', 'DAY',
     'Le communiqué dit « depuis le lundi 30 septembre » ; il date de la rentrée 2019, et le 30 septembre 2019 est un lundi.',
     'Depuis le lundi 30 septembre, une première partie de la doctrine technique est en ligne sur l''espace de concertation.'),
    (5, 'Premier atelier citoyens, à Toulouse.', date '2019-10-01', 'DAY',
     'Le communiqué dit « ce mardi 1er octobre » ; il date de la rentrée 2019, et le 1er octobre 2019 est un mardi.',
     'Le top départ du premier Atelier Citoyens a été donné ce mardi 1er octobre à Toulouse dans le cadre du festival Homo Numericus organisé chaque année par la Mêlée Numérique.'),
    (6, 'Prochaine réunion du Conseil du numérique en santé annoncée pour le 20 février 2020.', date '2020-02-20', 'DAY', null,
     'Vous pouvez retrouver toutes les informations et le compte-rendu sur le site de l''ASIP Santé avant la prochaine réunion qui se tiendra le 20 février 2020.')
) as x (position, statement, occurred_on, date_precision, date_note, excerpt)
cross join (select id from roadmap where slug = 'masante-2022') as r
cross join (select id from source_document where code = 'communique-masante-2022-2019') as d;

-- 001: the announcement of the launch of the 2023-2027 roadmap, dated by its text (17 May 2023).
insert into roadmap_fact (roadmap_id, position, statement, occurred_on, date_precision, date_note, source_document_id, source_excerpt)
select r.id, x.position, x.statement, x.occurred_on, x.date_precision, x.date_note, d.id, x.excerpt
from (values
    (1, 'Lancement de la feuille de route, intitulée « Mettre le numérique au service de la santé », par le ministre de la Santé et de la Prévention, François Braun, et le ministre des Solidarités, de l’Autonomie et des Personnes handicapées, Jean-Christophe Combe.',
     date '2023-05-17', 'DAY', null,
     'Le ministre de la Santé et de la Prévention, François Braun, et le ministre des Solidarités, de l’Autonomie et des Personnes handicapées, Jean-Christophe Combe, ont lancé ce mercredi 17 mai 2023 la nouvelle feuille de route du numérique en santé 2023-2027, Mettre le numérique au service de la santé.'),
    (2, 'Elle s’inscrit dans la continuité du travail des trois années précédentes.', null::date, null, null,
     'Elle s’inscrit dans la continuité d’un important travail réalisé collectivement au cours des trois dernières années.'),
    (3, 'Elle est portée par la Délégation au numérique en santé (DNS), avec ses partenaires, et précise les priorités et les chantiers à mener à l’horizon 2027.', null, null, null,
     'Portée par la Délégation au numérique en santé (DNS), sous l’impulsion des ministres, en lien avec ses partenaires - Assurance Maladie, Agence du numérique en santé (ANS), etc. - et l’ensemble des acteurs de l’écosystème, la nouvelle feuille de route précise les prochaines priorités et les chantiers à mener à l’horizon 2027.'),
    (4, 'Elle est le fruit de plusieurs mois de concertation, dont un tour des régions en 18 étapes.', null, null, null,
     'Fruit de plusieurs mois de concertation, elle s’est notamment appuyée sur un tour des régions en 18 étapes.'),
    (5, 'Ses valeurs cardinales : l’éthique, la souveraineté et la durabilité.', null, null, null,
     -- verbatim, with the no-break space the text has before the colon
     U&'La feuille de route repose sur le respect de valeurs cardinales\00A0: l’éthique, la souveraineté et la durabilité.'),
    (6, 'Elle compte 4 axes (Prévention, Prise en charge, Accès à la santé, Cadre propice) et 18 priorités, divisées en 65 objectifs ayant chacun une date et un porteur.', null, null, null,
     'Elle est un véritable programme d’action collective organisé autour de 4 axes (Prévention, Prise en charge, Accès à la santé, Cadre propice) et de 18 priorités elles-mêmes divisées en 65 objectifs concrets, mesurables, avec une date et un porteur clairement identifiés.'),
    (7, 'Son avancée est suivie par les conseils du numérique en santé, dont la prochaine réunion est annoncée pour le 15 juin 2023.', date '2023-06-15', 'DAY',
     'L’annonce, datée du 17 mai 2023, dit « le 15 juin prochain ».',
     'L’avancée de la feuille de route sera suivie régulièrement dans le cadre des conseils du numérique en santé, dont la prochaine réunion se tiendra le 15 juin prochain.')
) as x (position, statement, occurred_on, date_precision, date_note, excerpt)
cross join (select id from roadmap where slug = '2023-2027') as r
cross join (select id from source_document where code = 'lancement-feuille-de-route-2023-05-17') as d;
