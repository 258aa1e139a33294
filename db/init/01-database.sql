-- Run once by the postgres image when the compose volume is created (docker-entrypoint-initdb.d).
-- The schema and the reference data are not here: Flyway creates them when the application starts,
-- on this database as on any other.
alter database jalons set timezone to 'Europe/Paris';
