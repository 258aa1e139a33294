package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.CampaignOpened;
import fr.gouv.sante.jalons.campaign.CampaignOpening;
import fr.gouv.sante.jalons.campaign.OpeningAudience;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.Semester;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opening a campaign: the next semester only, which closes the previous period (its unpublished
 * reports are kept), and what opening it would do, shown before it is confirmed.
 */
@Component
class PeriodOpenings {

    private final AccessPolicy policy;
    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final OpeningAudience recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    PeriodOpenings(
            AccessPolicy policy,
            CampaignSupport campaign,
            ReportingPeriodRepository periods,
            OpeningAudience recipients,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.policy = policy;
        this.campaign = campaign;
        this.periods = periods;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** What opening {@code periodCode} would close, keep unpublished and mail, once the form is valid. */
    CampaignOpening openingPreview(CurrentUser admin, @Nullable String periodCode, @Nullable LocalDate dueOn) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            Semester semester = checkOpening(periodCode, dueOn);
            LocalDate due = Objects.requireNonNull(dueOn, "checkOpening refuses a missing due date");
            Optional<ReportingPeriod> closing = campaign.openPeriod();
            long kept = closing.map(campaign::unpublished).orElse(0L);
            return new CampaignOpening(
                    semester.toString(),
                    due,
                    closing.map(ReportingPeriod::getCode).orElse(null),
                    kept,
                    recipients.count());
        });
    }

    void open(CurrentUser admin, @Nullable String periodCode, @Nullable LocalDate dueOn) {
        policy.requireAdmin(admin);
        Semester semester = checkOpening(periodCode, dueOn);
        LocalDate due = Objects.requireNonNull(dueOn, "checkOpening refuses a missing due date");
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
                            Entity.REPORTING_PERIOD,
                            previous.getCode(),
                            null,
                            Action.CLOSED,
                            null,
                            Map.of(
                                    "period",
                                    previous.getCode(),
                                    "unpublishedReportsKept",
                                    campaign.unpublished(previous)));
                });
                ReportingPeriod opened = new ReportingPeriod(roadmapId, semester, due);
                current.ifPresent(opened::closing);
                ReportingPeriod period = periods.saveAndFlush(opened);
                campaign.audit(
                        admin,
                        Entity.REPORTING_PERIOD,
                        period.getCode(),
                        null,
                        Action.OPENED,
                        null,
                        Map.of("period", period.getCode(), "dueOn", due.toString()));
                events.publishEvent(new CampaignOpened(period.getCode(), due));
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
    private Semester checkOpening(@Nullable String periodCode, @Nullable LocalDate dueOn) {
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
}
