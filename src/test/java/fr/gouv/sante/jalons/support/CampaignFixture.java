package fr.gouv.sante.jalons.support;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.PublicationSummary;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data builder for a campaign, through the services (so rights and workflow rules apply): the
 * 2025-S1 period opened by the administrator, reports written, submitted, validated and published.
 * {@link #cleanUp()} takes the database back to the reference data.
 */
public final class CampaignFixture {

    public static final String PERIOD = "2025-S1";
    public static final LocalDate DUE_ON = LocalDate.of(2025, 7, 15);

    private final ProgressReporting reporting;
    private final ProgressReview review;
    private final JdbcClient jdbc;
    private final CurrentUser admin;

    public CampaignFixture(ProgressReporting reporting, ProgressReview review, JdbcClient jdbc, CurrentUser admin) {
        this.reporting = reporting;
        this.review = review;
        this.jdbc = jdbc;
        this.admin = admin;
    }

    /** Opens 2025-S1, due on 15 July 2025. */
    public CampaignFixture open() {
        review.openPeriod(admin, PERIOD, DUE_ON);
        return this;
    }

    /** Saves the editor's report as a draft (created, or changed from its current version). */
    public void draft(
            CurrentUser editor, String code, ProgressStatus status, String narrative, NewMeasurement... measurements) {
        save(editor, code, status, narrative, false, measurements);
    }

    /** Saves and submits the editor's report for review. */
    public void submitted(
            CurrentUser editor, String code, ProgressStatus status, String narrative, NewMeasurement... measurements) {
        save(editor, code, status, narrative, true, measurements);
    }

    /** The administrator validates the submitted report, at its current version. */
    public void validated(String code) {
        ObjectiveCode objective = ObjectiveCode.parse(code);
        review.validate(admin, objective, reporting.editor(admin, objective).version());
    }

    /** Publishes every validated report of the period; returns how many. */
    public int published() {
        PublicationSummary summary = review.publicationSummary(admin);
        return review.publish(
                admin, summary.periodVersion(), summary.toPublish().size());
    }

    public ReportState state(String code) {
        return reporting.editor(admin, ObjectiveCode.parse(code)).state();
    }

    public long periodVersion() {
        return jdbc.sql("select version from reporting_period where code = ?")
                .param(PERIOD)
                .query(Long.class)
                .single();
    }

    public void cleanUp() {
        new CampaignCleanup(jdbc).run();
    }

    private void save(
            CurrentUser editor,
            String code,
            ProgressStatus status,
            String narrative,
            boolean submit,
            NewMeasurement... measurements) {
        ObjectiveCode objective = ObjectiveCode.parse(code);
        ReportFormView current = reporting.editor(editor, objective);
        Long version = current.state() == ReportState.TODO ? null : current.version();
        reporting.save(editor, objective, new ReportCommand(status, narrative, version, List.of(measurements)), submit);
    }
}
