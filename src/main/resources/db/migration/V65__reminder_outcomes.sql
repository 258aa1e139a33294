-- A reminder run says what it did for each late organisation: the accounts reminded, the pending
-- invitations sent again (an invited person cannot sign in, a reminder would be of no use), or that
-- nobody could be written to (no account able to receive it).
alter table campaign_reminder
    add column invitations integer not null default 0 constraint ck_campaign_reminder_invitations check (invitations >= 0),
    add column unreachable boolean not null default false;
