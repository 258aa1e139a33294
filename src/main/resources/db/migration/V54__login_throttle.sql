-- Login throttling shared by every application node (see LoginThrottle for the rules).
-- One row per (scope, subject) with its recent failures; forgotten an hour after the last one.
create table login_failure (
    scope        varchar(8)   not null,
    subject      varchar(700) not null,
    failures     integer      not null,
    last_failure timestamptz  not null,
    constraint pk_login_failure primary key (scope, subject),
    constraint ck_login_failure_scope check (scope in ('PAIR', 'ADDRESS', 'ACCOUNT')),
    constraint ck_login_failure_failures check (failures > 0)
);
create index ix_login_failure_last_failure on login_failure (last_failure);

-- When an account has failed too often, each (account, address) pair gets its own short wait before
-- its next attempt: an attacker elsewhere delays, but cannot lock out, the account's owner.
create table login_wait (
    account    varchar(400) not null,
    address    varchar(300) not null,
    not_before timestamptz  not null,
    constraint pk_login_wait primary key (account, address)
);
create index ix_login_wait_not_before on login_wait (not_before);
