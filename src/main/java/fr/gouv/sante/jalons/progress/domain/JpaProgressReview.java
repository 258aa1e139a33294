package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.progress.BulkValidation;
import fr.gouv.sante.jalons.progress.CampaignOpened;
import fr.gouv.sante.jalons.progress.CampaignOverview;
import fr.gouv.sante.jalons.progress.CampaignOverview.OrganisationCompletion;
import fr.gouv.sante.jalons.progress.ClosedPeriod;
import fr.gouv.sante.jalons.progress.CorrectionEditor;
import fr.gouv.sante.jalons.progress.PeriodPublished;
import fr.gouv.sante.jalons.progress.ProgressReporting;
import fr.gouv.sante.jalons.progress.ProgressReview;
import fr.gouv.sante.jalons.progress.PublicationSummary;
import fr.gouv.sante.jalons.progress.PublicationSummary.OrganisationLeftOut;
import fr.gouv.sante.jalons.progress.PublishedReportCorrected;
import fr.gouv.sante.jalons.progress.ReportCommand;
import fr.gouv.sante.jalons.progress.ReportRejected;
import fr.gouv.sante.jalons.progress.ReportSentBack;
import fr.gouv.sante.jalons.progress.ReportState;
import fr.gouv.sante.jalons.progress.Workspace;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.MalformedInputException;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The DNS side of the campaign. Every method starts by checking that the caller is an administrator. */
@Service
class JpaProgressReview implements ProgressReview {

    private static final int MAX_COMMENT_LENGTH = 2000;

    private final CampaignSupport campaign;
    private final ProgressReporting reporting;
    private final ReportingPeriodRepository periods;
    private final ProgressReportRepository reports;
    private final MeasurementRepository measurements;
    private final PublishedRevisionRepository revisions;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final PublicationRepository publications;
    private final RoadmapQueries roadmap;

    JpaProgressReview(
            CampaignSupport campaign,
            ProgressReporting reporting,
            ReportingPeriodRepository periods,
            ProgressReportRepository reports,
            MeasurementRepository measurements,
            PublishedRevisionRepository revisions,
            PublicationRepository publications,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.publications = publications;
        this.roadmap = roadmap;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.campaign = campaign;
        this.reporting = reporting;
        this.periods = periods;
        this.reports = reports;
        this.measurements = measurements;
        this.revisions = revisions;
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

    /** The semester after the latest one the roadmap has, or the current one if that is later. */
    private Semester suggestedNextPeriod() {
        LocalDate today = LocalDate.now(clock);
        Semester current = new Semester(today.getYear(), today.getMonthValue() <= 6 ? 1 : 2);
        return periods.findByRoadmapIdOrderByEndsOnDesc(campaign.roadmapId()).stream()
                .findFirst()
                .map(latest -> Semester.parse(latest.getCode()))
                .map(latest -> {
                    Semester after =
                            latest.half() == 1 ? new Semester(latest.year(), 2) : new Semester(latest.year() + 1, 1);
                    return after.compareTo(current) > 0 ? after : current;
                })
                .orElse(current);
    }

    @Override
    public void openPeriod(CurrentUser admin, String periodCode, LocalDate dueOn) {
        policy.requireAdmin(admin);
        Semester semester;
        try {
            semester = Semester.parse(periodCode == null ? null : periodCode.strip());
        } catch (MalformedInputException e) {
            throw new ReportRejected(Map.of("period", "campaign.period.malformed"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (dueOn == null) {
            errors.put("dueOn", "campaign.due.required");
        } else if (dueOn.isBefore(LocalDate.now(clock))) {
            errors.put("dueOn", "campaign.due.past");
        }
        long roadmapId = campaign.roadmapId();
        Optional<ReportingPeriod> current = campaign.openPeriod();
        Optional<ReportingPeriod> latest =
                periods.findByRoadmapIdOrderByEndsOnDesc(roadmapId).stream().findFirst();
        if (current.isPresent() && current.get().getState() == ReportingPeriod.State.OPEN) {
            errors.put("period", "campaign.period.already-open");
        } else if (periods.findByRoadmapIdAndCode(roadmapId, semester.toString())
                .isPresent()) {
            errors.put("period", "campaign.period.exists");
        } else if (latest.isPresent()
                && !semester.firstDay().isAfter(latest.get().getEndsOn())) {
            errors.put("period", "campaign.period.not-after");
        }
        if (!errors.isEmpty()) {
            throw new ReportRejected(errors);
        }
        try {
            writing.executeWithoutResult(tx -> {
                // the published period stops taking late reports: closed first (one active period at a time)
                current.ifPresent(previous -> {
                    previous.close();
                    periods.saveAndFlush(previous);
                    long kept = reports.findByPeriod(previous).stream()
                            .filter(report -> report.getState() != ReportState.PUBLISHED)
                            .count();
                    campaign.audit(
                            admin,
                            "REPORTING_PERIOD",
                            previous.getCode(),
                            null,
                            "CLOSED",
                            null,
                            Map.of("period", previous.getCode(), "unpublishedReportsKept", kept));
                });
                ReportingPeriod period = periods.saveAndFlush(new ReportingPeriod(roadmapId, semester, dueOn));
                campaign.audit(
                        admin,
                        "REPORTING_PERIOD",
                        period.getCode(),
                        null,
                        "OPENED",
                        null,
                        Map.of("period", period.getCode(), "dueOn", dueOn.toString()));
                events.publishEvent(new CampaignOpened(period.getCode(), dueOn));
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // another administrator published, closed or opened at the same time
            throw new ReportRejected(Map.of("period", "campaign.period.stale"));
        }
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
            } catch (ReportRejected e) {
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
            throw new ReportRejected(Map.of(
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
                        .orElseThrow(() -> new ReportRejected(Map.of("period", "report.period.none")));
                ProgressReport report = reports.findByObjectiveIdAndPeriod(objective.id(), period)
                        .orElseThrow(() -> new ReportRejected(Map.of("state", "review.nothing")));
                StaleVersion.check(version, report.getVersion());
                Map<String, Object> before = report.snapshot();
                try {
                    transition.apply(report, clock.instant());
                } catch (IllegalReportTransition e) {
                    throw new ReportRejected(Map.of("state", "review.state"));
                }
                reports.saveAndFlush(report);
                campaign.audit(
                        admin, "PROGRESS_REPORT", report.getId(), objective.id(), action, before, report.snapshot());
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw staleReport(code, null);
        }
    }

    @Override
    public PublicationSummary publicationSummary(CurrentUser admin) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            ReportingPeriod period =
                    campaign.openPeriod().orElseThrow(() -> new ReportRejected(Map.of("period", "report.period.none")));
            Workspace all = reporting.workspace(admin);
            List<String> toPublish = new ArrayList<>();
            List<String> alreadyPublished = new ArrayList<>();
            Map<String, List<Workspace.Item>> byOrganisation = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Workspace.Item item : all.items()) {
                if (item.state() == ReportState.VALIDATED) {
                    toPublish.add(item.code());
                } else if (item.state() == ReportState.PUBLISHED) {
                    alreadyPublished.add(item.code());
                }
                for (String owner : item.owners()) {
                    byOrganisation
                            .computeIfAbsent(owner, o -> new ArrayList<>())
                            .add(item);
                }
            }
            List<OrganisationLeftOut> organisations = new ArrayList<>();
            byOrganisation.forEach((acronym, items) -> organisations.add(new OrganisationLeftOut(
                    acronym,
                    items.size(),
                    codes(items, ReportState.PUBLISHED),
                    codes(items, ReportState.VALIDATED),
                    codes(items, ReportState.SUBMITTED),
                    codes(items, ReportState.DRAFT, ReportState.RETURNED),
                    codes(items, ReportState.TODO))));
            return new PublicationSummary(
                    CampaignSupport.summary(period),
                    period.getVersion(),
                    period.getPublications() + 1,
                    toPublish,
                    alreadyPublished,
                    organisations);
        });
    }

    private static List<String> codes(List<Workspace.Item> items, ReportState... states) {
        List<ReportState> wanted = List.of(states);
        return items.stream()
                .filter(item -> wanted.contains(item.state()))
                .map(Workspace.Item::code)
                .toList();
    }

    @Override
    public int publish(CurrentUser admin, long periodVersion, Integer expectedReports) {
        policy.requireAdmin(admin);
        PeriodPublished published;
        try {
            published = writing.execute(tx -> {
                ReportingPeriod period = campaign.lockOpenPeriod()
                        .orElseThrow(() -> new ReportRejected(Map.of("period", "report.period.none")));
                StaleVersion.check(periodVersion, period.getVersion());
                List<ProgressReport> validated = reports.findByPeriodAndState(period, ReportState.VALIDATED);
                if (validated.isEmpty()) {
                    throw new ReportRejected(Map.of("period", "campaign.publish.nothing"));
                }
                if (expectedReports != null && expectedReports != validated.size()) {
                    throw new ReportRejected(Map.of("period", "campaign.publish.changed"));
                }
                Instant now = clock.instant();
                int number = period.publish(now);
                periods.saveAndFlush(period);
                Publication publication =
                        publications.saveAndFlush(new Publication(period, number, now, admin.id(), validated.size()));
                for (ProgressReport report : validated) {
                    Map<String, Object> before = report.snapshot();
                    report.publish(now);
                    revisions.save(PublishedRevision.published(report, publication));
                    for (Measurement measurement : measurements.findByReportIdAndPublishedAtIsNull(report.getId())) {
                        measurement.publish(now);
                    }
                    campaign.audit(
                            admin,
                            "PROGRESS_REPORT",
                            report.getId(),
                            report.getObjectiveId(),
                            "PUBLISHED",
                            before,
                            report.snapshot());
                }
                campaign.audit(
                        admin,
                        "REPORTING_PERIOD",
                        period.getCode(),
                        null,
                        "PUBLISHED",
                        null,
                        Map.of("period", period.getCode(), "publication", number, "reports", validated.size()));
                PeriodPublished event = new PeriodPublished(period.getCode(), number, now, validated.size());
                events.publishEvent(event);
                return event;
            });
        } catch (StaleVersion | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ReportRejected(Map.of("period", "campaign.publish.stale"));
        }
        return published.reports();
    }

    @Override
    public List<ClosedPeriod> closedPeriods(CurrentUser admin) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            Map<Long, ObjectiveSummary> objectives = new HashMap<>();
            roadmap.objectives().forEach(objective -> objectives.put(objective.id(), objective));
            Map<ReportingPeriod, List<ClosedPeriod.KeptReport>> kept = new LinkedHashMap<>();
            for (ProgressReport report : reports.findUnpublishedInClosedPeriods()) {
                ObjectiveSummary objective = objectives.get(report.getObjectiveId());
                if (objective != null) {
                    kept.computeIfAbsent(report.getPeriod(), p -> new ArrayList<>())
                            .add(new ClosedPeriod.KeptReport(
                                    objective.code(), objective.title(), report.getState(), report.getUpdatedAt()));
                }
            }
            List<ClosedPeriod> closed = new ArrayList<>();
            kept.forEach((period, list) -> closed.add(new ClosedPeriod(
                    period.getCode(),
                    period.getPublications(),
                    list.stream()
                            .sorted(Comparator.comparing(r -> ObjectiveCode.parse(r.objectiveCode())))
                            .toList())));
            return closed;
        });
    }

    @Override
    public CorrectionEditor correction(CurrentUser admin, ObjectiveCode code, String periodCode) {
        policy.requireAdmin(admin);
        return writing.execute(tx -> {
            ObjectiveSummary objective = campaign.objective(code).summary();
            ProgressReport report = publishedReport(objective, periodCode);
            return new CorrectionEditor(
                    objective.code(),
                    objective.title(),
                    report.getPeriod().getCode(),
                    report.getStatus(),
                    report.getNarrative(),
                    report.getVersion(),
                    revisions.lastRevision(report));
        });
    }

    private ProgressReport publishedReport(ObjectiveSummary objective, String periodCode) {
        return periods.findByRoadmapIdAndCode(campaign.roadmapId(), periodCode == null ? "" : periodCode)
                .flatMap(period -> reports.findByObjectiveIdAndPeriod(objective.id(), period))
                .filter(report -> report.getState() == ReportState.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("published-report", objective.code() + "/" + periodCode));
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
        policy.requireAdmin(admin);
        String narrative = TextRules.normaliseLineBreaks(typedNarrative);
        String reason = TextRules.normaliseLineBreaks(typedReason);
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == null) {
            errors.put("status", "report.status.required");
        }
        TextRules.check(narrative, ReportCommand.MAX_NARRATIVE_LENGTH)
                .ifPresent(problem -> errors.put("narrative", problem.key("report.narrative")));
        TextRules.check(reason, MAX_COMMENT_LENGTH)
                .ifPresent(problem -> errors.put(
                        "reason",
                        problem == TextRules.Problem.MISSING
                                ? "correction.reason.required"
                                : "review.comment.invalid"));
        if (!errors.isEmpty()) {
            throw new ReportRejected(errors);
        }
        try {
            writing.executeWithoutResult(tx -> {
                ObjectiveSummary objective = campaign.objective(code).summary();
                ProgressReport report = publishedReport(objective, periodCode);
                StaleVersion.check(version, report.getVersion());
                Map<String, Object> before = report.snapshot();
                Instant now = clock.instant();
                report.correct(status, TextRules.normalise(narrative), admin.id(), now);
                reports.saveAndFlush(report);
                int revision = revisions.lastRevision(report) + 1;
                revisions.save(new PublishedRevision(report, revision, TextRules.normalise(reason), admin.id(), now));
                Map<String, Object> after = new LinkedHashMap<>(report.snapshot());
                after.put("revision", revision);
                after.put("reason", TextRules.normalise(reason));
                campaign.audit(admin, "PROGRESS_REPORT", report.getId(), objective.id(), "CORRECTED", before, after);
                events.publishEvent(new PublishedReportCorrected(
                        code.toString(), report.getPeriod().getCode()));
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw staleReport(code, periodCode);
        }
    }

    /** The saved side of a report that changed under the reviewer (read after the rollback). */
    private StaleVersion staleReport(ObjectiveCode code, String periodCode) {
        return reading.execute(tx -> {
            ObjectiveSummary objective = campaign.objective(code).summary();
            Optional<ProgressReport> report = periodCode == null
                    ? campaign.openPeriod()
                            .flatMap(period -> reports.findByObjectiveIdAndPeriod(objective.id(), period))
                    : periods.findByRoadmapIdAndCode(campaign.roadmapId(), periodCode)
                            .flatMap(period -> reports.findByObjectiveIdAndPeriod(objective.id(), period));
            return report.map(campaign::stale).orElseGet(StaleVersion::new);
        });
    }

    @FunctionalInterface
    private interface Transition {
        void apply(ProgressReport report, Instant now);
    }
}
