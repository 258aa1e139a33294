package fr.gouv.sante.jalons.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes what a test campaign added, so that the next test sees the reference data only: the periods
 * other than 2024-S2 with their reports, publications, revisions, measurements and reminders; the
 * semester-report editions and errata of those periods; the corrections of the reference reports
 * (each back to its first published revision) and the objective baselines. The test accounts are
 * kept: {@link TestUsers} finds them again by address, only their name on reference reports goes.
 * The audit trail is append-only by design, so its test rows are kept too (each test asserts on the
 * rows it created).
 */
public final class CampaignCleanup {

    private final JdbcClient jdbc;

    public CampaignCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void run() {
        // semester reports: the reference period's edition stays (written once, like in production)
        jdbc.sql("delete from bilan_edition where period_code <> '2024-S2'").update();
        jdbc.sql("delete from bilan_erratum").update();
        String periods = "select id from reporting_period where code <> '2024-S2'";
        String reports = "select id from progress_report where period_id in (" + periods + ")";
        jdbc.sql("delete from measurement where report_id in (" + reports + ") or period_id in (" + periods + ")")
                .update();
        jdbc.sql("delete from published_revision where report_id in (" + reports + ")")
                .update();
        jdbc.sql("delete from published_revision where revision > 1").update();
        jdbc.sql("delete from publication where period_id in (" + periods + ")").update();
        jdbc.sql("delete from progress_report where period_id in (" + periods + ")")
                .update();
        jdbc.sql("delete from reporting_period where code <> '2024-S2'").update();
        jdbc.sql("delete from campaign_reminder where period_code <> '2024-S2'").update();
        jdbc.sql("""
                update progress_report r set status = v.status, narrative = v.narrative, version = 0
                from published_revision v where v.report_id = r.id and v.revision = 1
                  and (r.status <> v.status or r.narrative <> v.narrative)""").update();
        jdbc.sql(
                        "update progress_report set updated_by = null where updated_by in (select id from app_user where email like '%@test.jalons')")
                .update();
        jdbc.sql("delete from objective_baseline").update();
        // login and reset throttling are kept in PostgreSQL and the tests' clock never moves: nothing carries over
        jdbc.sql("delete from login_failure").update();
        jdbc.sql("delete from login_wait").update();
        jdbc.sql("delete from password_reset_request").update();
    }
}
