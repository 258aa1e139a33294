-- Password-reset requests counted in PostgreSQL, so that every application node applies the same
-- limits (see ResetThrottle): one row per e-mail address or client address, with the number of
-- requests since the start of its current one-hour window.
create table password_reset_request (
    scope        varchar(8)   not null,
    subject      varchar(400) not null,
    requests     integer      not null,
    window_start timestamptz  not null,
    constraint pk_password_reset_request primary key (scope, subject),
    constraint ck_password_reset_request_scope check (scope in ('EMAIL', 'CLIENT')),
    constraint ck_password_reset_request_requests check (requests > 0)
);
create index ix_password_reset_request_window_start on password_reset_request (window_start);
