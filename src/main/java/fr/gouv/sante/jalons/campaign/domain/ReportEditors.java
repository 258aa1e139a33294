package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportEditor;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The report form's content: the saved report (or the last published one to start from), each
 * indicator's last published and draft measurement, and what the person may do with it.
 */
@Component
class ReportEditors {

    private final PublicationQueries published;
    private final ProgressReportRepository reports;
    private final MeasurementRepository measurements;
    private final AccessPolicy policy;
    private final AccountDirectory accounts;

    ReportEditors(
            PublicationQueries published,
            ProgressReportRepository reports,
            MeasurementRepository measurements,
            AccessPolicy policy,
            AccountDirectory accounts) {
        this.published = published;
        this.reports = reports;
        this.measurements = measurements;
        this.policy = policy;
        this.accounts = accounts;
    }

    ReportEditor of(CurrentUser user, ObjectiveDetails objective, ReportingPeriod period) {
        ObjectiveSummary summary = objective.summary();
        Optional<ProgressReport> report =
                period == null ? Optional.empty() : reports.findByObjectiveIdAndPeriod(summary.id(), period);
        List<ReportEditor.IndicatorInput> inputs = inputs(objective, report);
        ReportState state = report.map(ProgressReport::getState).orElse(ReportState.TODO);
        boolean mayEdit = period != null && policy.canEditReport(user, summary.ownerAcronyms());
        boolean canEdit = mayEdit && state.editable();
        if (report.isPresent()) {
            return saved(summary, period, report.get(), inputs, canEdit, mayEdit && state == ReportState.SUBMITTED);
        }
        return startingFromPublished(summary, period, state, inputs, canEdit);
    }

    /** Each indicator with its last published measurement and the report's draft one, if any. */
    private List<ReportEditor.IndicatorInput> inputs(ObjectiveDetails objective, Optional<ProgressReport> report) {
        List<Long> indicatorIds =
                objective.indicators().stream().map(IndicatorDetails::id).toList();
        Map<Long, Measurement> lastPublished = new LinkedHashMap<>();
        measurements
                .findByIndicatorIdInAndPublishedAtIsNotNullOrderByMeasuredOnDesc(indicatorIds)
                .forEach(m -> lastPublished.putIfAbsent(m.getIndicatorId(), m));
        Map<Long, Measurement> drafts =
                report.map(r -> measurements.findByReportIdAndPublishedAtIsNull(r.getId())).orElse(List.of()).stream()
                        .collect(Collectors.toMap(Measurement::getIndicatorId, Function.identity(), (a, b) -> a));
        return objective.indicators().stream()
                .map(indicator -> {
                    Measurement last = lastPublished.get(indicator.id());
                    Measurement draft = drafts.get(indicator.id());
                    return new ReportEditor.IndicatorInput(
                            indicator.id(),
                            indicator.name(),
                            indicator.unit(),
                            last == null ? null : last.getValue(),
                            last == null ? null : last.getMeasuredOn(),
                            last == null ? null : last.getQualifier(),
                            last == null ? null : last.getDatePrecision(),
                            draft == null ? null : draft.getValue(),
                            draft == null ? null : draft.getMeasuredOn(),
                            draft == null ? null : draft.getQualifier(),
                            draft == null ? null : draft.getDatePrecision(),
                            draft == null ? null : draft.getId());
                })
                .toList();
    }

    /** The saved report as it stands, with who last saved it. */
    private ReportEditor saved(
            ObjectiveSummary summary,
            ReportingPeriod period,
            ProgressReport saved,
            List<ReportEditor.IndicatorInput> inputs,
            boolean canEdit,
            boolean canWithdraw) {
        return new ReportEditor(
                summary.code(),
                summary.title(),
                summary.target(),
                summary.ownerAcronyms(),
                CampaignSupport.summary(period),
                saved.getState(),
                saved.getStatus(),
                saved.getNarrative(),
                saved.getVersion(),
                saved.getUpdatedAt(),
                saved.getUpdatedBy() == null
                        ? null
                        : accounts.displayNames(List.of(saved.getUpdatedBy())).get(saved.getUpdatedBy()),
                saved.getReviewComment(),
                null,
                inputs,
                canEdit,
                canWithdraw,
                saved.getId());
    }

    /** No report yet: the form starts from the last published status and narrative. */
    private ReportEditor startingFromPublished(
            ObjectiveSummary summary,
            ReportingPeriod period,
            ReportState state,
            List<ReportEditor.IndicatorInput> inputs,
            boolean canEdit) {
        List<PublishedReport> history = published.publishedReports(summary.id());
        PublishedReport previous = history.isEmpty() ? null : history.get(0);
        return new ReportEditor(
                summary.code(),
                summary.title(),
                summary.target(),
                summary.ownerAcronyms(),
                CampaignSupport.summary(period),
                state,
                previous == null ? null : previous.status(),
                previous == null ? "" : previous.narrative(),
                null,
                null,
                null,
                null,
                previous == null ? null : previous.period(),
                inputs,
                canEdit,
                false,
                null);
    }
}
