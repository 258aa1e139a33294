package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the progress report form shows for one objective in the open period.
 *
 * @param version null while no report exists for the period
 * @param updatedBy the name of the person who saved it last (null while no report exists)
 * @param prefilledFrom the period whose published report filled the form, when none exists yet
 * @param canEdit whether the current user may change it now (rights and workflow state)
 * @param canWithdraw whether the current user may take it back from the review (submitted, not yet reviewed)
 * @param reportId the report's identity in the audit trail, null while no report exists
 * @param submittedBy who submitted it last, as the audit trail names them, null while it never was
 * @param submittedAt when it was submitted last, null while it never was
 */
public record ReportFormView(
        String objectiveCode,
        String objectiveTitle,
        String target,
        List<String> owners,
        @Nullable PeriodSummary period,
        ReportState state,
        @Nullable ProgressStatus status,
        @Nullable String narrative,
        @Nullable Long version,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        @Nullable String reviewComment,
        @Nullable String prefilledFrom,
        List<IndicatorInput> indicators,
        boolean canEdit,
        boolean canWithdraw,
        @Nullable Long reportId,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt) {

    public ReportFormView {
        owners = List.copyOf(owners);
        indicators = List.copyOf(indicators);
    }

    /**
     * An indicator of the objective, its last public value and the value entered in this report, if
     * any ({@code draftId} its measurement's identity, kept by the form across saves).
     */
    public record IndicatorInput(
            long id,
            String name,
            String unit,
            @Nullable BigDecimal lastValue,
            @Nullable LocalDate lastDate,
            @Nullable FigureQualifier lastQualifier,
            @Nullable DatePrecision lastPrecision,
            @Nullable BigDecimal draftValue,
            @Nullable LocalDate draftDate,
            @Nullable FigureQualifier draftQualifier,
            @Nullable DatePrecision draftPrecision,
            @Nullable Long draftId) {}
}
