package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.BulkValidation;
import fr.gouv.sante.jalons.campaign.CampaignOverview;
import fr.gouv.sante.jalons.campaign.CampaignOverview.OrganisationCompletion;
import fr.gouv.sante.jalons.campaign.ClosedPeriod;
import fr.gouv.sante.jalons.campaign.CorrectionEditor;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.PublicationSummary;
import fr.gouv.sante.jalons.campaign.ReportSentBack;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The DNS side of the campaign. Every method starts by checking that the caller is an administrator. */
@Service
class JpaProgressReview implements ProgressReview {

    /** A send-back comment's and a correction's reason's longest length. */
    static final int MAX_COMMENT_LENGTH = 2000;

    private final CampaignSupport campaign;
    private final ProgressReporting reporting;
    private final ReportingPeriodRepository periods;
    private final ProgressReportRepository reports;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final CampaignPublication publication;
    private final PublishedCorrections corrections;

    JpaProgressReview(
            CampaignPublication publication,
            PublishedCorrections corrections,
            CampaignSupport campaign,
            ProgressReporting reporting,
            ReportingPeriodRepository periods,
            ProgressReportRepository reports,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.publication = publication;
        this.corrections = corrections;
        this.campaign = campaign;
        this.reporting = reporting;
        this.periods = periods;
        this.reports = reports;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    @Override
    public CampaignOverview overview(CurrentUser admin) {
        policy.requireAdmin(admin);
        Workspace all = reporting.workspace(admin);
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, Map<ReportState, Integer>> byOrganisation = new LinkedHashMap<>();
        for (Workspace.Item item : all.items()) {
            for (String owner : item.owners()) {
                totals.computeIfAbsent(owner, o -> new int[1])[0]++;
                byOrganisation
                        .computeIfAbsent(owner, o -> new EnumMap<>(ReportState.class))
                        .merge(item.state(), 1, Integer::sum);
            }
        }
        List<OrganisationCompletion> completion = new ArrayList<>();
        totals.keySet().stream()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .forEach(acronym -> completion.add(
                        new OrganisationCompletion(acronym, totals.get(acronym)[0], byOrganisation.get(acronym))));
        // the next campaign can open once the current one is published (which closes it)
        String next = all.period() == null || all.period().publishedAt() != null
                ? suggestedNextPeriod().toString()
                : null;
        long periodVersion =
                campaign.openPeriod().map(ReportingPeriod::getVersion).orElse(0L);
        return new CampaignOverview(all.period(), all.dueOn(), periodVersion, completion, all.items(), next);
    }

    /** The semester right after the latest one the roadmap has (the only one that may open), else the current one. */
    private Semester suggestedNextPeriod() {
        return periods.findByRoadmapIdOrderByEndsOnDesc(campaign.roadmapId()).stream()
                .findFirst()
                .map(latest -> Semester.parse(latest.getCode()).next())
                .orElseGet(() -> Semester.containing(LocalDate.now(clock)));
    }

    @Override
    public void openPeriod(CurrentUser admin, String periodCode, LocalDate dueOn) {
        publication.open(admin, periodCode, dueOn);
    }

    @Override
    public fr.gouv.sante.jalons.campaign.CampaignOpening openingPreview(
            CurrentUser admin, String periodCode, LocalDate dueOn) {
        return publication.openingPreview(admin, periodCode, dueOn);
    }

    @Override
    public Optional<fr.gouv.sante.jalons.campaign.CancellableOpening> cancellableOpening(CurrentUser admin) {
        return publication.cancellableOpening(admin);
    }

    @Override
    public void cancelOpening(CurrentUser admin, long periodVersion) {
        publication.cancelOpening(admin, periodVersion);
    }

    @Override
    public void validate(CurrentUser admin, ObjectiveCode code, long version) {
        review(admin, code, version, (report, now) -> report.validate(admin.id(), now), "VALIDATED");
    }

    @Override
    public BulkValidation validateSeveral(CurrentUser admin, Map<ObjectiveCode, Long> versions) {
        policy.requireAdmin(admin);
        List<String> validated = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        versions.forEach((code, version) -> {
            try {
                validate(admin, code, version);
                validated.add(code.toString());
            } catch (StaleVersion e) {
                refused.put(code.toString(), "review.bulk.refused.stale");
            } catch (InputRefused e) {
                refused.put(code.toString(), "review.bulk.refused.state");
            } catch (NotFoundException e) {
                refused.put(code.toString(), "review.bulk.refused.unknown");
            }
        });
        return new BulkValidation(validated, refused);
    }

    @Override
    public void sendBack(CurrentUser admin, ObjectiveCode code, long version, String comment) {
        policy.requireAdmin(admin);
        String text = comment == null ? "" : TextRules.normalise(comment);
        TextRules.check(text, MAX_COMMENT_LENGTH).ifPresent(problem -> {
            throw new InputRefused(Map.of(
                    "comment",
                    problem == TextRules.Problem.MISSING ? "review.comment.required" : "review.comment.invalid"));
        });
        ObjectiveSummary objective = campaign.objective(code).summary();
        review(
                admin,
                code,
                version,
                (report, now) -> {
                    report.sendBack(text, admin.id(), now);
                    // in the transaction: the mail to the editor is queued with the change or not at all
                    events.publishEvent(new ReportSentBack(
                            objective.code(),
                            objective.title(),
                            report.getPeriod().getCode(),
                            text,
                            report.getSubmittedBy()));
                },
                "SENT_BACK");
    }

    private void review(CurrentUser admin, ObjectiveCode code, long version, Transition transition, String action) {
        policy.requireAdmin(admin);
        try {
            writing.executeWithoutResult(tx -> {
                ObjectiveSummary objective = campaign.objective(code).summary();
                ReportingPeriod period = campaign.openPeriod()
                        .orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
                ProgressReport report = reports.findByObjectiveIdAndPeriod(objective.id(), period)
                        .orElseThrow(() -> new InputRefused(Map.of("state", "review.nothing")));
                StaleVersion.check(version, report.getVersion());
                Map<String, Object> before = report.snapshot();
                try {
                    transition.apply(report, clock.instant());
                } catch (IllegalReportTransition e) {
                    throw new InputRefused(Map.of("state", "review.state"));
                }
                reports.saveAndFlush(report);
                campaign.audit(
                        admin, "PROGRESS_REPORT", report.getId(), objective.id(), action, before, report.snapshot());
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw campaign.staleReport(code, null);
        }
    }

    @Override
    public PublicationSummary publicationSummary(CurrentUser admin) {
        return publication.summary(admin);
    }

    @Override
    public int publish(CurrentUser admin, long periodVersion, Integer expectedReports, String synthesis) {
        return publication.publish(admin, periodVersion, expectedReports, synthesis);
    }

    @Override
    public List<ClosedPeriod> closedPeriods(CurrentUser admin) {
        return publication.closedPeriods(admin);
    }

    @Override
    public CorrectionEditor correction(CurrentUser admin, ObjectiveCode code, String periodCode) {
        return corrections.editor(admin, code, periodCode);
    }

    @Override
    public void correct(
            CurrentUser admin,
            ObjectiveCode code,
            String periodCode,
            ProgressStatus status,
            String typedNarrative,
            String typedReason,
            long version) {
        corrections.correct(admin, code, periodCode, status, typedNarrative, typedReason, version);
    }

    @FunctionalInterface
    private interface Transition {
        void apply(ProgressReport report, Instant now);
    }
}
