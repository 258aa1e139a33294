-- Argon2id hashes name their algorithm and parameters ({argon2}$argon2id$v=19$m=19456,t=2,p=1$salt$hash):
-- about 106 characters, more with stronger settings, where BCrypt's took 60.
alter table app_user alter column password_hash type varchar(255);
