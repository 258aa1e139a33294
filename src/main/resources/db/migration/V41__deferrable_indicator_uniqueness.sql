-- An objective's indicators are renumbered and renamed as a whole: position and name stay unique per
-- objective, checked at commit when the editing transaction asks for it (set constraints ... deferred),
-- instead of moving rows aside to "~<id>" and positions 1000+ first.
alter table indicator drop constraint uq_indicator_position;
alter table indicator add constraint uq_indicator_position unique (objective_id, position) deferrable initially immediate;
alter table indicator drop constraint uq_indicator_name;
alter table indicator add constraint uq_indicator_name unique (objective_id, name) deferrable initially immediate;
