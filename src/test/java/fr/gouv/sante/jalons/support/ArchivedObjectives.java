package fr.gouv.sante.jalons.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data builder: gives the archived roadmap #MaSanté2022 an axis, a priority and an objective
 * that are TEST DATA, named as such, never one of its real 26 actions (no document Jalons holds lists
 * them; the DNS imports them). In SQL, because nothing in the application creates an archived
 * roadmap's objectives; the reset before the next test removes them.
 */
public final class ArchivedObjectives {

    public static final String SLUG = "masante-2022";
    public static final String CODE = "1-1";
    public static final String TITLE = "Action de test, pas une action de #MaSanté2022";
    public static final String TARGET = "Cible de test d’une feuille de route archivée";

    private final JdbcClient jdbc;

    public ArchivedObjectives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the test objective 1-1, led by the ANS then the DNS, due 31 December 2022. */
    public void add() {
        jdbc.sql("""
                insert into axis (roadmap_id, number, name)
                select id, 1, 'Axe de test' from roadmap where slug = :slug""").param("slug", SLUG).update();
        jdbc.sql("""
                insert into priority (roadmap_id, axis_id, number, title)
                select a.roadmap_id, a.id, 1, 'Priorité de test' from axis a join roadmap r on r.id = a.roadmap_id
                where r.slug = :slug and a.number = 1""").param("slug", SLUG).update();
        jdbc.sql("""
                insert into objective (roadmap_id, priority_id, code, title, target, deadline)
                select p.roadmap_id, p.id, :code, :title, :target, date '2022-12-31'
                from priority p join roadmap r on r.id = p.roadmap_id where r.slug = :slug and p.number = 1""")
                .param("slug", SLUG)
                .param("code", CODE)
                .param("title", TITLE)
                .param("target", TARGET)
                .update();
        jdbc.sql("""
                insert into objective_owner (objective_id, organisation_id, position)
                select o.id, g.id, x.position
                from objective o join roadmap r on r.id = o.roadmap_id,
                  (values ('ANS', 1), ('DNS', 2)) as x (acronym, position) join organisation g on g.acronym = x.acronym
                where r.slug = :slug and o.code = :code""").param("slug", SLUG).param("code", CODE).update();
    }

    /**
     * Adds {@code count} more test objectives to the test priority of {@link #add()} (which must run first),
     * coded 2-1 to 2-99, then 3-1… (codes have two digits on each side) and led by the ANS, so that the roadmap's lists run to several pages.
     */
    public void addMore(int count) {
        jdbc.sql("""
                insert into objective (roadmap_id, priority_id, code, title, target, deadline)
                select p.roadmap_id, p.id, (n / 99 + 2) || '-' || (n % 99 + 1), :title || ' n° ' || n, :target,
                  date '2022-12-31'
                from priority p join roadmap r on r.id = p.roadmap_id, generate_series(0, :last) n
                where r.slug = :slug and p.number = 1""")
                .param("slug", SLUG)
                .param("title", TITLE)
                .param("target", TARGET)
                .param("last", count - 1)
                .update();
        jdbc.sql("""
                insert into objective_owner (objective_id, organisation_id, position)
                select o.id, g.id, 1
                from objective o join roadmap r on r.id = o.roadmap_id, organisation g
                where r.slug = :slug and o.code <> :code and g.acronym = 'ANS'""").param("slug", SLUG).param("code", CODE).update();
    }
}
