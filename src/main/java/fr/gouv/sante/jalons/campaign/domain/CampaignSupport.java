package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.ChangesRecorded;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StaleVersion.SavedField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the reporting and review services share: finding the open period and objectives, and auditing. */
@Component
class CampaignSupport {

    private final RoadmapQueries roadmap;
    private final ReportingPeriodRepository periods;
    private final ApplicationEventPublisher events;
    private final AccountDirectory accounts;
    private final OrganisationQueries organisations;
    private final ProgressReportRepository reports;
    private final TransactionTemplate reading;

    CampaignSupport(
            RoadmapQueries roadmap,
            ReportingPeriodRepository periods,
            ApplicationEventPublisher events,
            AccountDirectory accounts,
            OrganisationQueries organisations,
            ProgressReportRepository reports,
            PlatformTransactionManager transactions) {
        this.reports = reports;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.roadmap = roadmap;
        this.periods = periods;
        this.events = events;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** The 409 page's saved side of a report: its state, status and narrative, who saved it and when. */
    StaleVersion stale(ProgressReport report) {
        List<SavedField> saved = new java.util.ArrayList<>();
        saved.add(SavedField.message("stale.saved.state", report.getState().messageKey()));
        if (report.getStatus() != null) {
            saved.add(
                    SavedField.message("stale.saved.status", report.getStatus().messageKey()));
        }
        saved.add(SavedField.text("stale.saved.narrative", report.getNarrative()));
        String by = report.getUpdatedBy() == null
                ? null
                : accounts.displayNames(List.of(report.getUpdatedBy())).get(report.getUpdatedBy());
        return new StaleVersion(saved, by, report.getUpdatedAt());
    }

    /** The saved side of a report that changed under the reviewer (read after the rollback). */
    StaleVersion staleReport(ObjectiveCode code, @Nullable String periodCode) {
        return reading.execute(tx -> {
            ObjectiveSummary objective = objective(code).summary();
            Optional<ProgressReport> report = periodCode == null
                    ? openPeriod().flatMap(period -> reports.findByObjectiveIdAndPeriod(objective.id(), period))
                    : periods.findByRoadmapIdAndCode(roadmapId(), periodCode)
                            .flatMap(period -> reports.findByObjectiveIdAndPeriod(objective.id(), period));
            return report.map(this::stale).orElseGet(StaleVersion::new);
        });
    }

    long roadmapId() {
        return roadmap.roadmap().id();
    }

    /**
     * The period whose reports can still be written, reviewed and published: the open campaign, or
     * the published period still taking late reports until the next campaign opens. At most one
     * (unique index {@code uq_reporting_period_one_active}).
     */
    Optional<ReportingPeriod> openPeriod() {
        return periods.findFirstByRoadmapIdAndStateIn(
                roadmapId(), List.of(ReportingPeriod.State.OPEN, ReportingPeriod.State.PUBLISHED));
    }

    /**
     * The same period, locked until the transaction ends: a second publication confirmed at the same
     * moment waits, then sees the first one's new version (the listeners of a publication, such as
     * its mails, make that transaction last long enough for the race to matter).
     */
    Optional<ReportingPeriod> lockOpenPeriod() {
        return periods
                .lockByRoadmapIdAndStateIn(
                        roadmapId(), List.of(ReportingPeriod.State.OPEN, ReportingPeriod.State.PUBLISHED))
                .stream()
                .findFirst();
    }

    ObjectiveDetails objective(ObjectiveCode code) {
        return roadmap.objective(code).orElseThrow(() -> new NotFoundException("objective", code.toString()));
    }

    /** The objective's report of the period {@code periodCode}, if both exist. */
    Optional<ProgressReport> report(ObjectiveCode code, String periodCode) {
        return roadmap.objective(code)
                .flatMap(objective -> periods.findByRoadmapIdAndCode(roadmapId(), periodCode)
                        .flatMap(period -> reports.findByObjectiveIdAndPeriod(
                                objective.summary().id(), period)));
    }

    /**
     * A person as the audit trail names them, "name <e-mail> (ROLE, ORGANISATION)", from their
     * account as it is now; only the name once the account is disabled; null for nobody.
     */
    @Nullable
    String accountLabel(@Nullable Long userId) {
        if (userId == null) {
            return null;
        }
        return accounts.member(userId)
                .map(member -> new CurrentUser(
                                member.id(),
                                member.email(),
                                member.displayName(),
                                member.role(),
                                member.organisationId(),
                                member.organisationId() == null
                                        ? null
                                        : organisations.acronymsById().get(member.organisationId()))
                        .label())
                .orElseGet(() -> accounts.displayNames(List.of(userId)).get(userId));
    }

    /** How many of the period's reports were never published (kept when the period closes). */
    long unpublished(ReportingPeriod period) {
        return reports.findByPeriod(period).stream()
                .filter(report -> report.getState() != ReportState.PUBLISHED)
                .count();
    }

    @Contract("null -> null; !null -> !null")
    static @Nullable PeriodSummary summary(@Nullable ReportingPeriod period) {
        return period == null
                ? null
                : new PeriodSummary(
                        period.getCode(),
                        period.getStartsOn(),
                        period.getEndsOn(),
                        period.getPublishedAt(),
                        period.getPublishedPrecision());
    }

    void audit(
            CurrentUser user,
            Entity entityType,
            Object entityId,
            @Nullable Long objectiveId,
            Action action,
            @Nullable Map<String, Object> before,
            @Nullable Map<String, Object> after) {
        events.publishEvent(change(user, entityType, entityId, objectiveId, action, before, after));
    }

    /** Many changes of one action, recorded in one batch (see {@link ChangesRecorded}). */
    void auditAll(List<ChangeRecorded> changes) {
        events.publishEvent(new ChangesRecorded(changes));
    }

    /** A change as {@link #audit} records it, to be recorded with others by {@link #auditAll}. */
    static ChangeRecorded change(
            CurrentUser user,
            Entity entityType,
            Object entityId,
            @Nullable Long objectiveId,
            Action action,
            @Nullable Map<String, Object> before,
            @Nullable Map<String, Object> after) {
        return new ChangeRecorded(
                user.id(),
                user.label(),
                entityType.name(),
                String.valueOf(entityId),
                objectiveId,
                action.name(),
                before,
                after);
    }
}
