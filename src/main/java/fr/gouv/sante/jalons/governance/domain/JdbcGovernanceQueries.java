package fr.gouv.sante.jalons.governance.domain;

import fr.gouv.sante.jalons.governance.BodyKind;
import fr.gouv.sante.jalons.governance.BodySummary;
import fr.gouv.sante.jalons.governance.GovernanceQueries;
import fr.gouv.sante.jalons.governance.MeetingDate;
import fr.gouv.sante.jalons.governance.MeetingStatus;
import fr.gouv.sante.jalons.governance.MeetingSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two SQL statements for the whole page, whatever the number of bodies and meetings. */
@Service
@Transactional(readOnly = true)
class JdbcGovernanceQueries implements GovernanceQueries {

    private final JdbcClient jdbc;

    JdbcGovernanceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BodySummary> bodies() {
        Map<String, List<MeetingSummary>> meetings =
                meetings().stream().collect(Collectors.groupingBy(MeetingSummary::bodySlug));
        return jdbc.sql("""
                        select b.id, b.slug, b.kind, b.name, p.slug as parent_slug, p.name as parent_name,
                               b.description, b.source_document, b.source_excerpt
                        from governance_body b left join governance_body p on p.id = b.parent_id
                        order by b.position""")
                .query((rs, row) -> new BodySummary(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        BodyKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("parent_slug"),
                        rs.getString("parent_name"),
                        rs.getString("description"),
                        rs.getString("source_document"),
                        rs.getString("source_excerpt"),
                        meetings.getOrDefault(rs.getString("slug"), List.of())))
                .list();
    }

    @Override
    public List<MeetingSummary> meetings() {
        return jdbc.sql("""
                        select m.id, b.slug as body_slug, b.name as body_name, b.kind as body_kind, m.title,
                               m.held_on, m.date_precision, m.date_note, m.status, m.place, m.agenda,
                               m.minutes_url, m.minutes_text, m.bilan_period, m.decisions, m.source_document,
                               m.source_excerpt, m.recorded_at, m.updated_at
                        from governance_meeting m join governance_body b on b.id = m.body_id
                        order by m.held_on desc, b.position, m.id desc""").query(JdbcGovernanceQueries::meeting).list();
    }

    private static MeetingSummary meeting(ResultSet rs, int row) throws SQLException {
        return new MeetingSummary(
                rs.getLong("id"),
                rs.getString("body_slug"),
                rs.getString("body_name"),
                BodyKind.valueOf(rs.getString("body_kind")),
                rs.getString("title"),
                new MeetingDate(
                        rs.getObject("held_on", java.time.LocalDate.class),
                        MeetingDate.Precision.valueOf(rs.getString("date_precision"))),
                rs.getString("date_note"),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getString("place"),
                rs.getString("agenda"),
                rs.getString("minutes_url"),
                rs.getString("minutes_text"),
                rs.getString("bilan_period"),
                rs.getString("decisions"),
                rs.getString("source_document"),
                rs.getString("source_excerpt"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
