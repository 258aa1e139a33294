package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.Continuations.Link;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code objective_continuation} read both ways in one statement, the other side named
 * by its roadmap and code. Drafts are left out unless asked for: nobody outside the DNS may learn
 * of them.
 */
@Component
class ContinuationRows {

    private static final String SIDE = """
            select '%s' as direction, r.slug, r.title, r.state, r.start_year, o.code, o.title as objective_title
            from objective_continuation c
            join objective o on o.id = c.%s
            join roadmap r on r.id = o.roadmap_id
            where c.%s = :objectiveId and (r.state <> 'DRAFT' or :drafts)""";

    private static final Comparator<Row> ORDER = Comparator.comparingInt(Row::startYear)
            .thenComparing(Row::slug)
            .thenComparing(row -> ObjectiveCode.parse(row.link().code()));

    private final JdbcClient jdbc;

    ContinuationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The objective's links to public roadmaps' objectives. */
    Continuations of(long objectiveId) {
        return read(objectiveId, false);
    }

    /** The same, drafts included: what the DNS edits. */
    Continuations ofAnyState(long objectiveId) {
        return read(objectiveId, true);
    }

    private Continuations read(long objectiveId, boolean drafts) {
        List<Row> rows = jdbc.sql(String.format(SIDE, "CONTINUES", "continued_objective_id", "objective_id")
                        + " union all "
                        + String.format(SIDE, "CONTINUED_BY", "objective_id", "continued_objective_id"))
                .param("objectiveId", objectiveId)
                .param("drafts", drafts)
                .query((rs, n) -> new Row(
                        rs.getString("direction"),
                        rs.getInt("start_year"),
                        rs.getString("slug"),
                        new Link(
                                rs.getString("slug"),
                                rs.getString("title"),
                                RoadmapState.valueOf(rs.getString("state")),
                                rs.getString("code"),
                                rs.getString("objective_title"))))
                .list();
        List<Link> continues = new ArrayList<>();
        List<Link> continuedBy = new ArrayList<>();
        rows.stream()
                .sorted(ORDER)
                .forEach(row -> ("CONTINUES".equals(row.direction()) ? continues : continuedBy).add(row.link()));
        return new Continuations(continues, continuedBy);
    }

    private record Row(String direction, int startYear, String slug, Link link) {}
}
