-- Full-text search of the public objective list: French stemming, accent-insensitive.
-- Narratives are searched in their published revisions only (V4), never in drafts
-- ("prevention" finds "Prévention"). unaccent is a trusted extension: a database owner may create it.
create extension if not exists unaccent;

create text search configuration french_unaccent (copy = french);
alter text search configuration french_unaccent
    alter mapping for hword, hword_part, word with unaccent, french_stem;

-- Title and code weigh more than the target statement.
alter table objective add column search_vector tsvector generated always as (
    setweight(to_tsvector('french_unaccent', code || ' ' || title), 'A')
    || setweight(to_tsvector('french_unaccent', target), 'B')) stored;
create index ix_objective_search on objective using gin (search_vector);
