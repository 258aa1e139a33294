package fr.gouv.sante.jalons.apiaccess.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.campaign.ReportFormView.IndicatorInput;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The write API's documents: a progress report as it reads, and as a system sends it. */
final class CampaignApiResources {

    private CampaignApiResources() {}

    @Schema(description = "Le point d’avancement d’un objectif pour la campagne ouverte, tel qu’il est enregistré.")
    record CampaignReportResource(
            @Schema(example = "2025-S1") String period,
            @Schema(example = "3-1") String objective,
            String objectiveTitle,

            @Schema(description = "TODO tant que rien n’est enregistré pour la période")
            ReportState state,

            @Nullable ProgressStatus status,
            @Nullable String narrative,

            @Schema(
                    description =
                            "La période dont le point publié a prérempli ce point, tant qu’il n’est pas enregistré")
            @Nullable
            String prefilledFrom,

            @Nullable Long version,
            @Nullable Instant updatedAt,
            @Nullable String updatedBy,
            @Nullable String reviewComment,
            List<ReportIndicatorResource> indicators) {

        static CampaignReportResource of(ReportFormView view, String period) {
            return new CampaignReportResource(
                    period,
                    view.objectiveCode(),
                    view.objectiveTitle(),
                    view.state(),
                    view.status(),
                    view.narrative(),
                    view.prefilledFrom(),
                    view.version(),
                    view.updatedAt(),
                    view.updatedBy(),
                    view.reviewComment(),
                    view.indicators().stream().map(ReportIndicatorResource::of).toList());
        }
    }

    @Schema(
            description =
                    "Un indicateur de l’objectif : son dernier chiffre publié et celui de ce point, s’il y en a un.")
    record ReportIndicatorResource(
            long id,
            String name,
            String unit,
            @Nullable ReportFigure lastPublished,
            @Nullable ReportFigure measurement) {

        static ReportIndicatorResource of(IndicatorInput input) {
            return new ReportIndicatorResource(
                    input.id(),
                    input.name(),
                    input.unit(),
                    figure(input.lastValue(), input.lastDate(), input.lastQualifier(), input.lastPrecision()),
                    figure(input.draftValue(), input.draftDate(), input.draftQualifier(), input.draftPrecision()));
        }

        private static @Nullable ReportFigure figure(
                @Nullable BigDecimal value,
                @Nullable LocalDate date,
                @Nullable FigureQualifier qualifier,
                @Nullable DatePrecision precision) {
            return value == null || date == null
                    ? null
                    : new ReportFigure(
                            value,
                            date,
                            qualifier == null ? FigureQualifier.EXACT : qualifier,
                            precision == null ? DatePrecision.DAY : precision);
        }
    }

    @Schema(description = "Un chiffre, avec son qualificatif (« plus de », « environ »...) et ce que sa date dit.")
    record ReportFigure(BigDecimal value, LocalDate date, FigureQualifier qualifier, DatePrecision datePrecision) {}

    @Schema(
            description =
                    "Le point d’avancement tel qu’un système l’envoie : il remplace le brouillon enregistré (un indicateur"
                            + " absent de measurements n’a plus de mesure dans ce point).")
    @JsonIgnoreProperties(ignoreUnknown = false)
    record ReportDraft(
            @Nullable ProgressStatus status,
            @Schema(maxLength = 5000) @Nullable String narrative,
            @Nullable List<MeasurementDraft> measurements) {

        List<MeasurementDraft> measurementList() {
            return measurements == null ? List.of() : measurements;
        }
    }

    @Schema(description = "Une mesure d’un indicateur de l’objectif, datée dans la période.")
    @JsonIgnoreProperties(ignoreUnknown = false)
    record MeasurementDraft(
            @Nullable Long indicatorId,
            @Nullable BigDecimal value,
            @Nullable LocalDate date,

            @Schema(description = "EXACT si absent") @Nullable
            FigureQualifier qualifier,

            @Schema(description = "DAY si absent") @Nullable DatePrecision datePrecision,

            @Schema(description = "true confirme un chiffre qui a déclenché un avertissement de vraisemblance")
            @Nullable
            Boolean confirmed) {}
}
