package fr.gouv.sante.jalons.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.Semester;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The progress report's workflow, without Spring or a database: every action from every state. */
class ReportWorkflowTests {

    static final long EDITOR = 7;
    static final long ADMIN = 1;
    static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    /** A report brought to {@code state} through the workflow itself. */
    static ProgressReport reportIn(ReportState state) {
        ProgressReport report = new ProgressReport(
                42,
                new ReportingPeriod(1, Semester.parse("2025-S1"), LocalDate.of(2025, 7, 15)),
                ProgressStatus.ON_TRACK,
                "Brouillon.",
                EDITOR,
                NOW);
        switch (state) {
            case DRAFT -> {}
            case SUBMITTED -> report.submit(EDITOR, NOW);
            case RETURNED -> {
                report.submit(EDITOR, NOW);
                report.sendBack("À préciser.", ADMIN, NOW);
            }
            case VALIDATED -> {
                report.submit(EDITOR, NOW);
                report.validate(ADMIN, NOW);
            }
            case PUBLISHED -> {
                report.submit(EDITOR, NOW);
                report.validate(ADMIN, NOW);
                report.publish(NOW);
            }
            default -> throw new IllegalArgumentException("A " + state + " report is never stored");
        }
        assertThat(report.getState()).isEqualTo(state);
        return report;
    }

    static void apply(ProgressReport report, String action) {
        switch (action) {
            case "edit" -> report.edit(ProgressStatus.LATE, "Modifié.", EDITOR, NOW);
            case "submit" -> report.submit(EDITOR, NOW);
            case "withdraw" -> report.withdraw(EDITOR, NOW);
            case "validate" -> report.validate(ADMIN, NOW);
            case "sendBack" -> report.sendBack("À reprendre.", ADMIN, NOW);
            case "publish" -> report.publish(NOW);
            case "correct" -> report.correct(ProgressStatus.ACHIEVED, "Corrigé.", ADMIN, NOW);
            default -> throw new IllegalArgumentException(action);
        }
    }

    /** {@code REFUSED}: the action throws and the report is left as it was. */
    @ParameterizedTest(name = "{1} from {0}: {2}")
    @CsvSource({
        "DRAFT,     edit,     DRAFT",
        "DRAFT,     submit,   SUBMITTED",
        "DRAFT,     withdraw, REFUSED",
        "DRAFT,     validate, REFUSED",
        "DRAFT,     sendBack, REFUSED",
        "DRAFT,     publish,  REFUSED",
        "DRAFT,     correct,  REFUSED",
        "SUBMITTED, edit,     REFUSED",
        "SUBMITTED, submit,   REFUSED",
        "SUBMITTED, withdraw, DRAFT",
        "SUBMITTED, validate, VALIDATED",
        "SUBMITTED, sendBack, RETURNED",
        "SUBMITTED, publish,  REFUSED",
        "SUBMITTED, correct,  REFUSED",
        "RETURNED,  edit,     DRAFT",
        "RETURNED,  submit,   SUBMITTED",
        "RETURNED,  withdraw, REFUSED",
        "RETURNED,  validate, REFUSED",
        "RETURNED,  sendBack, REFUSED",
        "RETURNED,  publish,  REFUSED",
        "RETURNED,  correct,  REFUSED",
        "VALIDATED, edit,     REFUSED",
        "VALIDATED, submit,   REFUSED",
        "VALIDATED, withdraw, REFUSED",
        "VALIDATED, validate, REFUSED",
        "VALIDATED, sendBack, RETURNED",
        "VALIDATED, publish,  PUBLISHED",
        "VALIDATED, correct,  REFUSED",
        "PUBLISHED, edit,     REFUSED",
        "PUBLISHED, submit,   REFUSED",
        "PUBLISHED, withdraw, REFUSED",
        "PUBLISHED, validate, REFUSED",
        "PUBLISHED, sendBack, REFUSED",
        "PUBLISHED, publish,  REFUSED",
        "PUBLISHED, correct,  PUBLISHED",
    })
    void everyActionFromEveryState(ReportState from, String action, String expected) {
        ProgressReport report = reportIn(from);
        if (expected.equals("REFUSED")) {
            var before = report.snapshot();
            assertThatThrownBy(() -> apply(report, action))
                    .isInstanceOf(IllegalReportTransition.class)
                    .hasMessageContaining(from.name());
            assertThat(report.snapshot()).isEqualTo(before);
        } else {
            apply(report, action);
            assertThat(report.getState()).isEqualTo(ReportState.valueOf(expected));
        }
    }

    @Test
    void submittingRecordsWhoAndWhenSoThatALateReportShows() {
        ProgressReport report = reportIn(ReportState.DRAFT);
        Instant later = NOW.plusSeconds(3600);
        report.submit(EDITOR, later);
        assertThat(report.getSubmittedAt()).isEqualTo(later);
        assertThat(report.getSubmittedBy()).isEqualTo(EDITOR);
    }

    @Test
    void aSentBackReportCarriesTheReviewCommentUntilItIsValidated() {
        ProgressReport report = reportIn(ReportState.RETURNED);
        assertThat(report.getReviewComment()).isEqualTo("À préciser.");
        report.submit(EDITOR, NOW);
        report.validate(ADMIN, NOW);
        assertThat(report.getReviewComment()).isNull();
    }

    @Test
    void publishingStampsThePublicationAndACorrectionKeepsItPublic() {
        ProgressReport report = reportIn(ReportState.VALIDATED);
        assertThat(report.getPublishedAt()).isNull();
        report.publish(NOW);
        assertThat(report.getPublishedAt()).isEqualTo(NOW);
        report.correct(ProgressStatus.ACHIEVED, "Corrigé.", ADMIN, NOW.plusSeconds(60));
        assertThat(report.getState()).isEqualTo(ReportState.PUBLISHED);
        assertThat(report.getPublishedAt()).isEqualTo(NOW);
        assertThat(report.getNarrative()).isEqualTo("Corrigé.");
    }

    @Test
    void onlyDraftsAndReturnedReportsAreEditable() {
        assertThat(ReportState.values())
                .filteredOn(ReportState::editable)
                .containsExactlyInAnyOrder(ReportState.TODO, ReportState.DRAFT, ReportState.RETURNED);
    }
}
