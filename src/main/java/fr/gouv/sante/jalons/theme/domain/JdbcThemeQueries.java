package fr.gouv.sante.jalons.theme.domain;

import fr.gouv.sante.jalons.theme.ThemeDetails;
import fr.gouv.sante.jalons.theme.ThemeDetails.AssignedObjective;
import fr.gouv.sante.jalons.theme.ThemeDetails.Item;
import fr.gouv.sante.jalons.theme.ThemeQueries;
import fr.gouv.sante.jalons.theme.ThemeSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The themes in a fixed number of SQL statements. */
@Service
@Transactional(readOnly = true)
class JdbcThemeQueries implements ThemeQueries {

    private final JdbcClient jdbc;

    JdbcThemeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ThemeSummary> themes() {
        return jdbc.sql("""
                        select t.slug, t.title, t.description,
                               (select count(*) from theme_objective o where o.theme_id = t.id) as objectives,
                               (select count(*) from theme_item i where i.theme_id = t.id) as items
                        from theme t order by t.position""")
                .query((rs, row) -> new ThemeSummary(
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getInt("objectives"),
                        rs.getInt("items")))
                .list();
    }

    @Override
    public Optional<ThemeDetails> theme(String slug) {
        record Row(long id, String slug, String title, String description, String sourceDocument) {}
        return jdbc.sql("select id, slug, title, description, source_document from theme where slug = ?")
                .param(slug)
                .query((rs, row) -> new Row(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("source_document")))
                .optional()
                .map(theme -> new ThemeDetails(
                        theme.slug(),
                        theme.title(),
                        theme.description(),
                        theme.sourceDocument(),
                        jdbc.sql("""
                                        select o.objective_id, s.source_excerpt
                                        from theme_objective o
                                        left join theme_objective_source s
                                          on s.theme_id = o.theme_id and s.objective_id = o.objective_id
                                        where o.theme_id = ? order by o.objective_id""")
                                .param(theme.id())
                                .query((rs, row) -> new AssignedObjective(
                                        rs.getLong("objective_id"), rs.getString("source_excerpt")))
                                .list(),
                        jdbc.sql("select title, source_excerpt from theme_item where theme_id = ? order by position")
                                .param(theme.id())
                                .query((rs, row) -> new Item(rs.getString("title"), rs.getString("source_excerpt")))
                                .list()));
    }
}
