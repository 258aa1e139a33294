-- Whether the co-owners of an objective that has a designated pilot must report on it too. One
-- global rule set by the DNS (audited in the history); by default only the pilot reports when one is
-- designated, and every owner when none is.
create table reporting_rule (
    id               smallint    not null constraint pk_reporting_rule primary key
                                 constraint ck_reporting_rule_single check (id = 1),
    co_owners_report boolean     not null default false,
    version          bigint      not null default 0,
    updated_at       timestamptz,
    updated_by       bigint      constraint fk_reporting_rule_updated_by references app_user (id)
);
insert into reporting_rule (id) values (1);
