-- Demo accounts for the local launcher only (profile "local", test classpath): never in a packaged
-- application. Password of every account: jalons-demo-2025 (BCrypt, cost 12).
insert into app_user (email, display_name, password_hash, role, organisation_id)
select x.email, x.display_name, '$2a$12$fMZ8uwli2cHr.36w3tP8R.b4yO3aH7hEezxgvQockkEYzJPsIyBtW', x.role, g.id
from (values
        ('admin@demo.jalons', 'Administratrice DNS (démo)', 'ADMIN', null),
        ('editeur.ans@demo.jalons', 'Contributeur ANS (démo)', 'EDITOR', 'ANS'),
        ('editeur.cnam@demo.jalons', 'Contributrice CNAM (démo)', 'EDITOR', 'CNAM'),
        ('editeur.dgos@demo.jalons', 'Contributeur DGOS (démo)', 'EDITOR', 'DGOS'),
        ('lecteur.dns@demo.jalons', 'Lectrice DNS (démo)', 'READER', 'DNS')
     ) as x (email, display_name, role, acronym)
left join organisation g on g.acronym = x.acronym
on conflict (email) do nothing;
