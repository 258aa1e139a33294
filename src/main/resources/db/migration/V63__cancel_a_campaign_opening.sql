-- An opening made by mistake can be cancelled while nothing was saved in the new period: the period
-- it closed is reopened, and those who got the opening mail get a correcting one.
alter table reporting_period
    add column closed_previous_id bigint constraint fk_reporting_period_closed_previous references reporting_period (id);

-- Which period a campaign mail is about: the correcting mail goes to the recipients of the opening's.
alter table mail_outbox add column period_code varchar(7);
create index ix_mail_outbox_period on mail_outbox (period_code, kind) where period_code is not null;
