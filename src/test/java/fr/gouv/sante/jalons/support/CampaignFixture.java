package fr.gouv.sante.jalons.support;

import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.bilan.EditionState;
import fr.gouv.sante.jalons.bilan.EditionSummary;
import fr.gouv.sante.jalons.bilan.domain.BilanEditions;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import fr.gouv.sante.jalons.followup.PublicationSummary;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way tests write a campaign: periods opened, reports saved, submitted, validated, sent back,
 * published and corrected through the services, so that rights and workflow rules apply as in the
 * application; and the few things tests read about it (a report's state and version, the period's
 * version and state). The administrator is {@link TestUsers#admin()}; the database goes back to the
 * reference data before every test ({@link ResetToReferenceData}), so nothing here cleans up.
 */
public final class CampaignFixture {

    /** The period the tests' campaign runs for: the one right after the reference's 2024-S2. */
    public static final String PERIOD = "2025-S1";

    public static final LocalDate DUE_ON = LocalDate.of(2025, 7, 15);

    private final ProgressReporting reporting;
    private final ProgressReview review;
    private final CampaignOverviews overviews;
    private final TestUsers users;
    private final BilanEditions bilans;
    private final JdbcClient jdbc;

    public CampaignFixture(
            ProgressReporting reporting,
            ProgressReview review,
            CampaignOverviews overviews,
            TestUsers users,
            BilanEditions bilans,
            JdbcClient jdbc) {
        this.reporting = reporting;
        this.review = review;
        this.overviews = overviews;
        this.users = users;
        this.bilans = bilans;
        this.jdbc = jdbc;
    }

    /** Opens 2025-S1, due on 15 July 2025. */
    public CampaignFixture open() {
        return open(PERIOD, DUE_ON);
    }

    /** Opens the campaign of {@code period} (which closes a published one still taking late reports). */
    public CampaignFixture open(String period, LocalDate dueOn) {
        review.openPeriod(users.admin(), period, dueOn);
        return this;
    }

    /** Saves the editor's report as a draft (created, or changed from its current version). */
    public ReportFormView draft(
            CurrentUser editor, String code, ProgressStatus status, String narrative, NewMeasurement... measurements) {
        return save(editor, code, status, narrative, false, measurements);
    }

    /** Saves and submits the editor's report for review. */
    public ReportFormView submitted(
            CurrentUser editor, String code, ProgressStatus status, String narrative, NewMeasurement... measurements) {
        return save(editor, code, status, narrative, true, measurements);
    }

    /** The administrator validates the submitted report, at its current version. */
    public void validated(String code) {
        review.validate(users.admin(), ObjectiveCode.parse(code), version(code));
    }

    /** Submitted by the editor, then validated by the administrator. */
    public void validated(
            CurrentUser editor, String code, ProgressStatus status, String narrative, NewMeasurement... measurements) {
        submitted(editor, code, status, narrative, measurements);
        validated(code);
    }

    /** The administrator sends the submitted report back, at its current version. */
    public void sentBack(String code, String comment) {
        review.sendBack(users.admin(), ObjectiveCode.parse(code), version(code), comment);
    }

    /** Publishes every validated report of the period (as the summary confirmed); returns how many. */
    public int published() {
        return published(null);
    }

    /** {@link #published()} with the DNS's synthesis of the bilan. */
    public int published(String synthesis) {
        CurrentUser admin = users.admin();
        PublicationSummary summary = overviews.publicationSummary(admin);
        return review.publish(
                admin, summary.periodVersion(), summary.toPublish().size(), synthesis);
    }

    /**
     * Has the first edition of the bilan of {@code period}, which its publication left pending (the
     * tests turn {@code jalons.bilan.write-after-publication} off, since most never read it), written,
     * and waits for its PDF: fails if the edition is missing, fails, or is not ready within two minutes.
     */
    public void bilanWritten(String period) {
        bilans.writePending();
        await("edition 1 of the bilan of " + period)
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    EditionSummary edition = bilans.ofPeriod(period).stream()
                            .filter(e -> e.number() == 1)
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no edition 1 of the bilan of " + period));
                    if (edition.state() == EditionState.FAILED) {
                        throw new AssertionError(
                                "edition 1 of the bilan of " + period + " failed: " + edition.failure());
                    }
                    return edition.ready();
                });
    }

    /** The administrator corrects the published report of {@code period}: a new public revision. */
    public void corrected(String code, String period, ProgressStatus status, String narrative, String reason) {
        CurrentUser admin = users.admin();
        ObjectiveCode objective = ObjectiveCode.parse(code);
        long version = review.correction(admin, objective, period).version();
        review.correct(admin, objective, period, status, narrative, reason, version);
    }

    /**
     * Moves the open period's due date to 10 January 2025, before the tests' fixed today: the
     * application refuses to open a campaign already due, so this one change is written in SQL.
     */
    public void overdue() {
        jdbc.sql("update reporting_period set due_on = date '2025-01-10' where code = ?")
                .param(PERIOD)
                .update();
    }

    /** A measurement of the objective's first indicator. */
    public NewMeasurement measurement(String code, String value, LocalDate date) {
        return new NewMeasurement(indicator(code), new BigDecimal(value), date);
    }

    /** The id of the objective's first indicator. */
    public long indicator(String code) {
        return editor(code).indicators().get(0).id();
    }

    /** The report of the open period as the administrator's form shows it. */
    public ReportFormView editor(String code) {
        return reporting.editor(users.admin(), ObjectiveCode.parse(code));
    }

    public ReportState state(String code) {
        return editor(code).state();
    }

    /** The report's current version (the one a form would carry); the report must exist. */
    public long version(String code) {
        Long version = editor(code).version();
        if (version == null) {
            throw new IllegalStateException("no report for " + code + " in the open period");
        }
        return version;
    }

    /** How many publications the period taking reports has had (0 until its first). */
    public int publications() {
        return overviews.publicationSummary(users.admin()).publicationNumber() - 1;
    }

    /** The open period's version, as the publication form carries it. */
    public long periodVersion() {
        return overviews.overview(users.admin()).periodVersion();
    }

    /**
     * OPEN, PUBLISHED (still taking late reports), CLOSED, or NONE when the period does not exist: no
     * service tells a closed period from a published one.
     */
    public String periodState(String period) {
        return jdbc.sql("select coalesce(max(state), 'NONE') from reporting_period where code = ?")
                .param(period)
                .query(String.class)
                .single();
    }

    private ReportFormView save(
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
        return reporting.editor(editor, objective);
    }
}
