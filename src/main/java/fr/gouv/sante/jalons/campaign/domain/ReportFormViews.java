package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report form's content: the saved report (or the last published one to start from), each
 * indicator's last published and draft measurement, and what the person may do with it.
 */
@Component
class ReportFormViews {

    private final CampaignSupport campaign;
    private final TransactionTemplate reading;
    private final PublicationQueries published;
    private final ProgressReportRepository reports;
    private final MeasurementRepository measurements;
    private final AccessPolicy policy;
    private final AccountDirectory accounts;

    ReportFormViews(
            CampaignSupport campaign,
            PlatformTransactionManager transactions,
            PublicationQueries published,
            ProgressReportRepository reports,
            MeasurementRepository measurements,
            AccessPolicy policy,
            AccountDirectory accounts) {
        this.campaign = campaign;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.published = published;
        this.reports = reports;
        this.measurements = measurements;
        this.policy = policy;
        this.accounts = accounts;
    }

    /** The form's content for this person, in the open period if any. */
    ReportFormView of(CurrentUser user, ObjectiveCode code) {
        return reading.execute(tx -> {
            ObjectiveDetails objective = campaign.objective(code);
            policy.requireReadDrafts(user, objective.summary().ownerAcronyms());
            return of(user, objective, campaign.openPeriod().orElse(null));
        });
    }

    private ReportFormView of(CurrentUser user, ObjectiveDetails objective, @Nullable ReportingPeriod period) {
        ObjectiveSummary summary = objective.summary();
        Optional<ProgressReport> report =
                period == null ? Optional.empty() : reports.findByObjectiveIdAndPeriod(summary.id(), period);
        List<ReportFormView.IndicatorInput> inputs = inputs(objective, report);
        ReportState state = report.map(ProgressReport::getState).orElse(ReportState.TODO);
        boolean mayEdit = period != null && policy.canEditReport(user, summary.ownerAcronyms());
        boolean canEdit = mayEdit && state.editable();
        if (report.isPresent()) {
            return saved(summary, period, report.get(), inputs, canEdit, mayEdit && state == ReportState.SUBMITTED);
        }
        return startingFromPublished(summary, period, state, inputs, canEdit);
    }

    /** Each indicator with its last published measurement and the report's draft one, if any. */
    private List<ReportFormView.IndicatorInput> inputs(ObjectiveDetails objective, Optional<ProgressReport> report) {
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
                    return new ReportFormView.IndicatorInput(
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
    private ReportFormView saved(
            ObjectiveSummary summary,
            @Nullable ReportingPeriod period,
            ProgressReport saved,
            List<ReportFormView.IndicatorInput> inputs,
            boolean canEdit,
            boolean canWithdraw) {
        return new ReportFormView(
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
                name(saved.getUpdatedBy()),
                saved.getReviewComment(),
                null,
                inputs,
                canEdit,
                canWithdraw,
                saved.getId(),
                campaign.accountLabel(saved.getSubmittedBy()),
                saved.getSubmittedAt());
    }

    private @Nullable String name(@Nullable Long userId) {
        return userId == null ? null : accounts.displayNames(List.of(userId)).get(userId);
    }

    /** No report yet: the form starts from the last published status and narrative. */
    private ReportFormView startingFromPublished(
            ObjectiveSummary summary,
            @Nullable ReportingPeriod period,
            ReportState state,
            List<ReportFormView.IndicatorInput> inputs,
            boolean canEdit) {
        List<PublishedReport> history = published.publishedReports(summary.id());
        PublishedReport previous = history.isEmpty() ? null : history.get(0);
        return new ReportFormView(
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
                null,
                null,
                null);
    }
}
