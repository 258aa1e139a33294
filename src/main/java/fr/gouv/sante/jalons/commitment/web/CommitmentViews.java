package fr.gouv.sante.jalons.commitment.web;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.commitment.CommitmentReportView;
import fr.gouv.sante.jalons.commitment.CommitmentReview.ReviewItem;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.Semester;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the follow-up's back-office view models: display-ready values, never entities. */
@Component
class CommitmentViews {

    private final MessageSource messages;

    CommitmentViews(MessageSource messages) {
        this.messages = messages;
    }

    record StateView(String labelKey, String badgeClass) {}

    record StatusOption(String code, String labelKey) {}

    /**
     * A commitment's report form.
     *
     * @param periodLabel "1er semestre 2025"; empty when no campaign is open
     * @param statusLabelKey the saved status's message key, null for none
     */
    record EditorView(
            int number,
            String text,
            String leads,
            boolean hasPeriod,
            String periodLabel,
            StateView state,
            @Nullable String statusLabelKey,
            String narrativeHtml,
            @Nullable String reviewComment,
            String updatedAt,
            boolean canEdit) {}

    /** A report waiting for (or past) the DNS's review. */
    record ReviewView(
            int number,
            String text,
            String leads,
            StateView state,
            @Nullable String statusLabelKey,
            String narrativeHtml,
            @Nullable String reviewComment,
            long version,
            String updatedBy,
            String updatedAt,
            boolean submitted) {}

    List<StatusOption> statuses() {
        return Arrays.stream(ProgressStatus.values())
                .map(s -> new StatusOption(s.name(), s.messageKey()))
                .toList();
    }

    EditorView editor(CommitmentReportView report) {
        String period = report.period();
        ProgressStatus status = report.status();
        return new EditorView(
                report.number(),
                report.text(),
                String.join(", ", report.leads()),
                period != null,
                period == null ? "" : periodLabel(period),
                state(report.state()),
                status == null ? null : status.messageKey(),
                MarkdownText.toSafeHtml(report.narrative()),
                report.reviewComment(),
                FrenchFormat.dateTime(report.updatedAt()),
                report.canEdit());
    }

    ReviewView review(ReviewItem item) {
        ProgressStatus status = item.status();
        return new ReviewView(
                item.number(),
                item.text(),
                String.join(", ", item.leads()),
                state(item.state()),
                status == null ? null : status.messageKey(),
                MarkdownText.toSafeHtml(item.narrative()),
                item.reviewComment(),
                item.version(),
                item.updatedBy() == null ? "" : item.updatedBy(),
                FrenchFormat.dateTime(item.updatedAt()),
                item.state() == ReportState.SUBMITTED);
    }

    static StateView state(ReportState state) {
        return new StateView(state.messageKey(), state.badgeClass());
    }

    String periodLabel(String code) {
        Semester semester = Semester.parse(code);
        return messages.getMessage(semester.labelKey(), new Object[] {semester.year()}, FrenchFormat.FRENCH);
    }
}
