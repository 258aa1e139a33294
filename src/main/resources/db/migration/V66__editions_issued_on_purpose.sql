-- An edition is no longer one per publication: it records what it took in, so that what was made
-- public since (late reports of later publications, corrections) can be listed before the DNS issues
-- the next one. Until now edition n was written by publication n, after the errata dated before it.
alter table bilan_edition
    add column publications integer constraint ck_bilan_edition_publications check (publications >= 1),
    add column errata integer constraint ck_bilan_edition_errata check (errata >= 0);

update bilan_edition e
set publications = e.number,
    errata = (select count(*) from bilan_erratum r where r.period_code = e.period_code and r.published_at <= e.published_at);
