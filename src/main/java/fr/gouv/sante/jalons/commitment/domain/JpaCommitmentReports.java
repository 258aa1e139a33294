package fr.gouv.sante.jalons.commitment.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.commitment.CommitmentReportView;
import fr.gouv.sante.jalons.commitment.CommitmentReporting;
import fr.gouv.sante.jalons.commitment.CommitmentReview;
import fr.gouv.sante.jalons.commitment.domain.CommitmentAudit.Action;
import fr.gouv.sante.jalons.commitment.domain.CommitmentAudit.Entity;
import fr.gouv.sante.jalons.commitment.domain.CommitmentSupport.Followed;
import fr.gouv.sante.jalons.commitment.domain.CommitmentSupport.OpenPeriod;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StaleVersion.SavedField;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The State commitments' reports in the campaign: written by the leads' editors, reviewed by the DNS.
 * The rights are the objectives' ({@link AccessPolicy}), the leads standing for the owners.
 */
@Service
class JpaCommitmentReports implements CommitmentReporting, CommitmentReview {

    private final AccessPolicy policy;
    private final CommitmentSupport support;
    private final FollowedCommitmentRepository follows;
    private final CommitmentReportRepository reports;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaCommitmentReports(
            AccessPolicy policy,
            CommitmentSupport support,
            FollowedCommitmentRepository follows,
            CommitmentReportRepository reports,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.policy = policy;
        this.support = support;
        this.follows = follows;
        this.reports = reports;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public List<WorkspaceItem> workspace(CurrentUser user) {
        return Objects.requireNonNull(reading.execute(tx -> {
            Optional<OpenPeriod> period = support.openPeriod();
            if (period.isEmpty()) {
                return List.of();
            }
            Map<Long, CommitmentReport> byCommitment = byCommitment(period.get());
            Map<Long, List<String>> leads = leads();
            List<WorkspaceItem> items = new ArrayList<>();
            for (Followed commitment : support.followed()) {
                List<String> its = leads.getOrDefault(commitment.id(), List.of());
                if (!its.isEmpty() && policy.canReadDrafts(user, its)) {
                    CommitmentReport report = byCommitment.get(commitment.id());
                    items.add(new WorkspaceItem(
                            commitment.number(),
                            commitment.text(),
                            its,
                            report == null ? ReportState.TODO : report.getState(),
                            report == null ? null : report.getUpdatedAt()));
                }
            }
            return items;
        }));
    }

    @Override
    public CommitmentReportView editor(CurrentUser user, int number) {
        return Objects.requireNonNull(reading.execute(tx -> {
            Followed commitment = support.followed(number);
            List<String> leads = leadsOf(commitment);
            if (!policy.canReadDrafts(user, leads)) {
                throw new AccessDeniedException("Not a lead of this commitment");
            }
            Optional<OpenPeriod> period = support.openPeriod();
            CommitmentReport report = period.flatMap(
                            p -> reports.findByCommitmentIdAndPeriodId(commitment.id(), p.id()))
                    .orElse(null);
            ReportState state = report == null ? ReportState.TODO : report.getState();
            return new CommitmentReportView(
                    number,
                    commitment.text(),
                    leads,
                    period.map(OpenPeriod::code).orElse(null),
                    state,
                    report == null ? null : report.getStatus(),
                    report == null ? "" : report.getNarrative(),
                    report == null || state != ReportState.RETURNED ? null : report.getReviewComment(),
                    report == null ? null : report.getVersion(),
                    report == null ? null : support.displayName(report.getUpdatedBy()),
                    report == null ? null : report.getUpdatedAt(),
                    period.isPresent() && state.editable() && policy.canEditReport(user, leads));
        }));
    }

    @Override
    public void save(
            CurrentUser user,
            int number,
            @Nullable ProgressStatus status,
            @Nullable String narrative,
            @Nullable Long version,
            boolean submit) {
        String text = TextRules.normalise(narrative);
        try {
            writing.executeWithoutResult(tx -> {
                Followed commitment = support.followed(number);
                policy.requireEditReport(user, leadsOf(commitment));
                OpenPeriod period = support.openPeriod()
                        .orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
                Optional<CommitmentReport> saved = reports.findByCommitmentIdAndPeriodId(commitment.id(), period.id());
                if (saved.isPresent()) {
                    StaleVersion.check(version, saved.get().getVersion());
                } else if (version != null) {
                    throw new StaleVersion();
                }
                Map<String, String> errors = refusals(status, text, saved.isEmpty(), submit);
                if (!errors.isEmpty()) {
                    throw new InputRefused(errors);
                }
                if (saved.isPresent() && !saved.get().getState().editable()) {
                    throw new InputRefused(Map.of("state", "report.state.locked"));
                }
                Instant now = clock.instant();
                CommitmentReport report =
                        saved.orElseGet(() -> new CommitmentReport(commitment.id(), period.id(), now));
                Map<String, Object> before =
                        saved.map(r -> r.snapshot(period.code())).orElse(null);
                report.write(status, text == null ? "" : text, submit, user.id(), now);
                reports.saveAndFlush(report);
                support.audit(
                        user,
                        Entity.COMMITMENT_REPORT,
                        commitment.anchor(),
                        submit ? Action.SUBMITTED : Action.SAVED,
                        before,
                        report.snapshot(period.code()));
            });
        } catch (StaleVersion | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw stale(number);
        }
    }

    /** The objective form's rules: a draft may lack its status and text, a submission may not. */
    private static Map<String, String> refusals(
            @Nullable ProgressStatus status, @Nullable String text, boolean creating, boolean submit) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == null && submit) {
            errors.put("status", "commitment.report.status.required");
        }
        TextRules.check(text, MAX_NARRATIVE_LENGTH)
                .filter(problem -> submit || problem != TextRules.Problem.MISSING)
                .ifPresent(problem -> errors.put("narrative", problem.key("report.narrative")));
        if (creating && !submit && status == null && (text == null || text.isEmpty())) {
            // an empty draft would only mark the commitment as started
            errors.put("narrative", "report.draft.empty");
        }
        return errors;
    }

    @Override
    public List<ReviewItem> reports(CurrentUser admin) {
        policy.requireAdmin(admin);
        return Objects.requireNonNull(reading.execute(tx -> {
            Optional<OpenPeriod> period = support.openPeriod();
            if (period.isEmpty()) {
                return List.of();
            }
            Map<Long, CommitmentReport> byCommitment = byCommitment(period.get());
            Map<Long, List<String>> leads = leads();
            List<ReviewItem> items = new ArrayList<>();
            for (Followed commitment : support.followed()) {
                CommitmentReport report = byCommitment.get(commitment.id());
                if (report != null && report.getState() != ReportState.DRAFT) {
                    items.add(new ReviewItem(
                            commitment.number(),
                            commitment.text(),
                            leads.getOrDefault(commitment.id(), List.of()),
                            report.getState(),
                            report.getStatus(),
                            report.getNarrative(),
                            report.getReviewComment(),
                            report.getVersion(),
                            support.displayName(report.getUpdatedBy()),
                            report.getUpdatedAt()));
                }
            }
            return items;
        }));
    }

    @Override
    public void validate(CurrentUser admin, int number, long version) {
        review(admin, number, version, null);
    }

    @Override
    public void sendBack(CurrentUser admin, int number, long version, @Nullable String comment) {
        String text = comment == null ? "" : Objects.requireNonNull(TextRules.normalise(comment));
        TextRules.check(text, MAX_COMMENT_LENGTH).ifPresent(problem -> {
            throw new InputRefused(Map.of(
                    "comment",
                    problem == TextRules.Problem.MISSING ? "review.comment.required" : "review.comment.invalid"));
        });
        review(admin, number, version, text);
    }

    /** Validates ({@code comment} null) or sends back a submitted report. */
    private void review(CurrentUser admin, int number, long version, @Nullable String comment) {
        policy.requireAdmin(admin);
        try {
            writing.executeWithoutResult(tx -> {
                Followed commitment = support.followed(number);
                OpenPeriod period = support.openPeriod()
                        .orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
                CommitmentReport report = reports.findByCommitmentIdAndPeriodId(commitment.id(), period.id())
                        .orElseThrow(() -> new InputRefused(Map.of("report", "commitment.review.not-submitted")));
                StaleVersion.check(version, report.getVersion());
                if (report.getState() != ReportState.SUBMITTED) {
                    throw new InputRefused(Map.of("report", "commitment.review.not-submitted"));
                }
                Map<String, Object> before = report.snapshot(period.code());
                if (comment == null) {
                    report.validate(admin.id(), clock.instant());
                } else {
                    report.sendBack(comment, admin.id(), clock.instant());
                }
                reports.saveAndFlush(report);
                support.audit(
                        admin,
                        Entity.COMMITMENT_REPORT,
                        commitment.anchor(),
                        comment == null ? Action.VALIDATED : Action.SENT_BACK,
                        before,
                        report.snapshot(period.code()));
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw stale(number);
        }
    }

    @Override
    public int toPublish(CurrentUser admin) {
        policy.requireAdmin(admin);
        return Objects.requireNonNull(reading.execute(tx -> support.openPeriod()
                .map(period -> reports.findByPeriodIdAndState(period.id(), ReportState.VALIDATED)
                        .size())
                .orElse(0)));
    }

    /** The 409 page's saved side of the report, read once the refused transaction rolled back. */
    private StaleVersion stale(int number) {
        return Objects.requireNonNull(reading.execute(tx -> {
            Followed commitment = support.followed(number);
            return support.openPeriod()
                    .flatMap(period -> reports.findByCommitmentIdAndPeriodId(commitment.id(), period.id()))
                    .map(report -> {
                        List<SavedField> saved = new ArrayList<>();
                        saved.add(SavedField.message(
                                "stale.saved.state", report.getState().messageKey()));
                        ProgressStatus status = report.getStatus();
                        if (status != null) {
                            saved.add(SavedField.message("stale.saved.status", status.messageKey()));
                        }
                        saved.add(SavedField.text("stale.saved.narrative", report.getNarrative()));
                        return new StaleVersion(
                                saved, support.displayName(report.getUpdatedBy()), report.getUpdatedAt());
                    })
                    .orElseGet(StaleVersion::new);
        }));
    }

    private Map<Long, CommitmentReport> byCommitment(OpenPeriod period) {
        Map<Long, CommitmentReport> byCommitment = new HashMap<>();
        reports.findByPeriodId(period.id()).forEach(r -> byCommitment.put(r.getCommitmentId(), r));
        return byCommitment;
    }

    private Map<Long, List<String>> leads() {
        Map<Long, List<String>> leads = new HashMap<>();
        follows.findAll().forEach(f -> leads.put(f.getCommitmentId(), support.acronyms(f.organisationIds())));
        return leads;
    }

    private List<String> leadsOf(Followed commitment) {
        return follows.findById(commitment.id())
                .map(f -> support.acronyms(f.organisationIds()))
                .orElse(List.of());
    }
}
