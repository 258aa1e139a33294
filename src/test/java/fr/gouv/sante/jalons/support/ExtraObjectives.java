package fr.gouv.sante.jalons.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data builder: adds objectives (with owners, a published report and an indicator) to
 * priorities 1, 2, 3... of the seeded roadmap, fifty each, in SQL because the roadmap has no service that creates one (and
 * the query-count tests need many). Codes start at 1-50 (then 2-50...) so that they never collide with the
 * roadmap's own; the reset before the next test removes them.
 */
public final class ExtraObjectives {

    private final JdbcClient jdbc;

    public ExtraObjectives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(int count) {
        for (int i = 0; i < count; i++) {
            // fifty per priority: a code's number has two digits
            int priority = 1 + i / 50;
            String code = priority + "-" + (50 + i % 50);
            jdbc.sql("""
                    insert into objective (roadmap_id, priority_id, code, title, target, deadline)
                    select p.roadmap_id, p.id, :code, 'Objectif de test ' || :code, 'Cible de test', date '2026-12-31'
                    from priority p join roadmap r on r.id = p.roadmap_id
                    where p.number = :priority and r.state = 'CURRENT'""").param("code", code).param("priority", priority).update();
            jdbc.sql("""
                    insert into objective_owner (objective_id, organisation_id, position)
                    select o.id, g.id, x.position from objective o,
                      (values ('ANS', 1), ('DNS', 2)) as x (acronym, position) join organisation g on g.acronym = x.acronym
                    where o.code = :code""").param("code", code).update();
            jdbc.sql("""
                    insert into indicator (objective_id, position, name, unit, direction)
                    select id, 1, 'Indicateur de test', 'unités', 'INCREASE' from objective where code = :code""").param("code", code).update();
            jdbc.sql("""
                    insert into progress_report (objective_id, period_id, status, narrative, published_at)
                    select o.id, p.id, 'ON_TRACK', 'Avancement de test', p.published_at
                    from objective o, reporting_period p where o.code = :code and p.code = '2024-S2'""").param("code", code).update();
        }
    }
}
