package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.campaign.CampaignOpened;
import fr.gouv.sante.jalons.campaign.CampaignOpening;
import fr.gouv.sante.jalons.campaign.CampaignOpeningCancelled;
import fr.gouv.sante.jalons.campaign.CancellableOpening;
import fr.gouv.sante.jalons.campaign.ClosedPeriod;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.PublicationSummary;
import fr.gouv.sante.jalons.campaign.PublicationSummary.OrganisationLeftOut;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.publication.PublicationPreview;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * A period's life on the DNS side: opening a campaign (which closes the previous period), publishing
 * it (its summary first, then the confirmed publication, first or supplementary) and the closed
 * periods' kept drafts. {@link JpaProgressReview} delegates these to it.
 */
@Service
class CampaignPublication {

    /** As the check constraint on {@code publication.synthesis}: a few pages of text. */
    static final int MAX_SYNTHESIS = 10_000;

    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final ProgressReportRepository reports;
    private final MeasurementRepository measurements;
    private final PublicRecord record;
    private final ProgressReporting reporting;
    private final RoadmapQueries roadmap;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final OrganisationQueries organisations;
    private final AccountDirectory directory;

    CampaignPublication(
            CampaignSupport campaign,
            ReportingPeriodRepository periods,
            ProgressReportRepository reports,
            MeasurementRepository measurements,
            PublicRecord record,
            ProgressReporting reporting,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions,
            OrganisationQueries organisations,
            AccountDirectory directory) {
        this.organisations = organisations;
        this.directory = directory;
        this.campaign = campaign;
        this.periods = periods;
        this.reports = reports;
        this.measurements = measurements;
        this.record = record;
        this.reporting = reporting;
        this.roadmap = roadmap;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** What opening {@code periodCode} would close, keep unpublished and mail, once the form is valid. */
    CampaignOpening openingPreview(CurrentUser admin, String periodCode, LocalDate dueOn) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            Semester semester = checkOpening(periodCode, dueOn);
            Optional<ReportingPeriod> closing = campaign.openPeriod();
            long kept = closing.map(this::unpublished).orElse(0L);
            Map<String, Long> organisationIds = new HashMap<>();
            organisations
                    .allByAcronym()
                    .forEach((acronym, organisation) -> organisationIds.put(acronym, organisation.id()));
            // the opening mail goes to the editors of every lead organisation of an objective
            java.util.Set<Long> leads = roadmap.objectives().stream()
                    .flatMap(objective -> objective.ownerAcronyms().stream())
                    .map(organisationIds::get)
                    .filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet());
            int recipients = leads.isEmpty()
                    ? 0
                    : directory.members(leads, java.util.Set.of(Role.EDITOR)).size();
            return new CampaignOpening(
                    semester.toString(),
                    dueOn,
                    closing.map(ReportingPeriod::getCode).orElse(null),
                    kept,
                    recipients);
        });
    }

    void open(CurrentUser admin, String periodCode, LocalDate dueOn) {
        policy.requireAdmin(admin);
        Semester semester = checkOpening(periodCode, dueOn);
        long roadmapId = campaign.roadmapId();
        Optional<ReportingPeriod> current = campaign.openPeriod();
        try {
            writing.executeWithoutResult(tx -> {
                // the published period stops taking late reports: closed first (one active period at a time)
                current.ifPresent(previous -> {
                    previous.close();
                    periods.saveAndFlush(previous);
                    campaign.audit(
                            admin,
                            "REPORTING_PERIOD",
                            previous.getCode(),
                            null,
                            "CLOSED",
                            null,
                            Map.of("period", previous.getCode(), "unpublishedReportsKept", unpublished(previous)));
                });
                ReportingPeriod opened = new ReportingPeriod(roadmapId, semester, dueOn);
                current.ifPresent(opened::closing);
                ReportingPeriod period = periods.saveAndFlush(opened);
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
            throw new InputRefused(Map.of("period", "campaign.period.stale"));
        }
    }

    /**
     * The semester to open, when it may be opened: only the one right after the latest period, so that
     * a slip of the keyboard ("2099-S1") cannot close the current period for good.
     */
    private Semester checkOpening(String periodCode, LocalDate dueOn) {
        Semester semester;
        try {
            semester = Semester.parse(periodCode == null ? null : periodCode.strip());
        } catch (MalformedInputException e) {
            throw new InputRefused(Map.of("period", "campaign.period.malformed"));
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
        } else if (latest.isPresent()) {
            Semester expected = Semester.parse(latest.get().getCode()).next();
            if (!expected.equals(semester)) {
                errors.put("period", "campaign.period.expected|" + expected);
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRefused(errors);
        }
        return semester;
    }

    private long unpublished(ReportingPeriod period) {
        return reports.findByPeriod(period).stream()
                .filter(report -> report.getState() != ReportState.PUBLISHED)
                .count();
    }

    Optional<CancellableOpening> cancellableOpening(CurrentUser admin) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> campaign.openPeriod()
                .filter(period -> period.getState() == ReportingPeriod.State.OPEN)
                .filter(period -> !reports.existsByPeriod(period) && !measurements.existsByPeriod(period))
                .map(period -> new CancellableOpening(
                        period.getCode(),
                        period.getClosedPreviousId() == null
                                ? null
                                : periods.findById(period.getClosedPreviousId())
                                        .map(ReportingPeriod::getCode)
                                        .orElse(null),
                        period.getVersion())));
    }

    void cancelOpening(CurrentUser admin, long periodVersion) {
        policy.requireAdmin(admin);
        try {
            writing.executeWithoutResult(tx -> {
                ReportingPeriod period = campaign.openPeriod()
                        .filter(open -> open.getState() == ReportingPeriod.State.OPEN)
                        .orElseThrow(() -> new InputRefused(Map.of("period", "campaign.cancel.none")));
                if (period.getVersion() != periodVersion) {
                    throw new InputRefused(Map.of("period", "campaign.period.stale"));
                }
                if (reports.existsByPeriod(period) || measurements.existsByPeriod(period)) {
                    throw new InputRefused(Map.of("period", "campaign.cancel.started"));
                }
                Optional<ReportingPeriod> previous = period.getClosedPreviousId() == null
                        ? Optional.empty()
                        : periods.findById(period.getClosedPreviousId());
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("period", period.getCode());
                before.put("dueOn", period.getDueOn().toString());
                // the new period goes first: only one period of the roadmap may be active at a time
                periods.delete(period);
                periods.flush();
                previous.ifPresent(closed -> {
                    closed.reopen();
                    periods.saveAndFlush(closed);
                });
                String reopened = previous.map(ReportingPeriod::getCode).orElse(null);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("reopenedPeriod", reopened == null ? "" : reopened);
                after.put(
                        "unpublishedReportsKept",
                        previous.map(this::unpublished).orElse(0L));
                campaign.audit(admin, "REPORTING_PERIOD", period.getCode(), null, "OPENING_CANCELLED", before, after);
                events.publishEvent(new CampaignOpeningCancelled(period.getCode(), reopened));
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // a report was started, or another administrator acted, at the same time
            throw new InputRefused(Map.of("period", "campaign.period.stale"));
        }
    }

    PublicationSummary summary(CurrentUser admin) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            ReportingPeriod period =
                    campaign.openPeriod().orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
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

    int publish(CurrentUser admin, long periodVersion, Integer expectedReports, String synthesis) {
        policy.requireAdmin(admin);
        String text = synthesis(synthesis);
        PeriodPublished published;
        try {
            published = writing.execute(tx -> {
                ReportingPeriod period = campaign.lockOpenPeriod()
                        .orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
                StaleVersion.check(periodVersion, period.getVersion());
                List<ProgressReport> validated = reports.findByPeriodAndState(period, ReportState.VALIDATED);
                if (validated.isEmpty()) {
                    throw new InputRefused(Map.of("period", "campaign.publish.nothing"));
                }
                if (expectedReports != null && expectedReports != validated.size()) {
                    throw new InputRefused(Map.of("period", "campaign.publish.changed"));
                }
                Instant now = clock.instant();
                int number = apply(admin, period, validated, now, text, true);
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
            throw new InputRefused(Map.of("period", "campaign.publish.stale"));
        }
        return published.reports();
    }

    /**
     * Reads the public record as the publication confirmed now would leave it: the very steps of
     * {@link #publish} run in a transaction that is rolled back once {@code reading} has read, so
     * nothing is saved, audited or announced, and what is read is what publishing would make public.
     */
    <T> T asIfPublished(CurrentUser admin, String synthesis, PublicationPreview.Reading<T> reading) {
        policy.requireAdmin(admin);
        String text = synthesis(synthesis);
        return writing.execute(tx -> {
            tx.setRollbackOnly();
            ReportingPeriod period =
                    campaign.openPeriod().orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
            List<ProgressReport> validated = reports.findByPeriodAndState(period, ReportState.VALIDATED);
            if (validated.isEmpty()) {
                throw new InputRefused(Map.of("period", "campaign.publish.nothing"));
            }
            Instant now = clock.instant();
            int number = apply(admin, period, validated, now, text, false);
            measurements.flush();
            return reading.read(period.getCode(), number, now);
        });
    }

    private String synthesis(String synthesis) {
        String text = synthesis == null || synthesis.isBlank() ? null : TextRules.normalise(synthesis);
        if (text != null) {
            TextRules.check(text, MAX_SYNTHESIS).ifPresent(problem -> {
                throw new InputRefused(Map.of("synthesis", problem.key("publication.synthesis")));
            });
        }
        return text;
    }

    /** The publication's writes: the period, the publication, each report, its revision and figures. */
    private int apply(
            CurrentUser admin,
            ReportingPeriod period,
            List<ProgressReport> validated,
            Instant now,
            String text,
            boolean audited) {
        int number = period.publish(now);
        periods.saveAndFlush(period);
        record.publish(new PublicRecord.NewPublication(
                period.getId(),
                number,
                now,
                admin.id(),
                text,
                validated.stream()
                        .map(report -> new PublicRecord.PublishedContent(
                                report.getId(), report.getStatus(), report.getNarrative()))
                        .toList()));
        for (ProgressReport report : validated) {
            Map<String, Object> before = report.snapshot();
            report.publish(now);
            for (Measurement measurement : measurements.findByReportIdAndPublishedAtIsNull(report.getId())) {
                measurement.publish(now);
            }
            if (audited) {
                campaign.audit(
                        admin,
                        "PROGRESS_REPORT",
                        report.getId(),
                        report.getObjectiveId(),
                        "PUBLISHED",
                        before,
                        report.snapshot());
            }
        }
        return number;
    }

    List<ClosedPeriod> closedPeriods(CurrentUser admin) {
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
}
