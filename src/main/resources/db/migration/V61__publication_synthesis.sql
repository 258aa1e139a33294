-- The DNS's written synthesis of a publication (Markdown), printed in its bilan edition.
-- Publications made before it existed simply have none.
alter table publication add column synthesis text;
alter table publication add constraint ck_publication_synthesis_length
    check (synthesis is null or char_length(synthesis) <= 10000);
