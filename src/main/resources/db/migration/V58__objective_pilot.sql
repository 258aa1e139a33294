-- Neither source document says which lead organisation pilots an objective: the owners are a list
-- in the document's order, nothing more. A pilot exists only once the DNS designates one, and it must
-- be one of the objective's owners. The check is deferred so that replacing the owners (deleted,
-- then inserted again in the same transaction) keeps a pilot that stays among them.
alter table objective add column pilot_organisation_id bigint;
alter table objective add constraint fk_objective_pilot_owner
    foreign key (id, pilot_organisation_id) references objective_owner (objective_id, organisation_id)
    deferrable initially deferred;
comment on column objective.pilot_organisation_id is
    'The owner the DNS designated as pilot; null when none is documented (all reference objectives).';
comment on column objective_owner.position is
    'The place in the source document''s list of lead organisations; it does not designate a pilot.';
