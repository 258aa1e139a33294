package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.bilan.Bilan;
import fr.gouv.sante.jalons.bilan.EditionChanges;
import fr.gouv.sante.jalons.bilan.EditionRefused;
import fr.gouv.sante.jalons.bilan.EditionState;
import fr.gouv.sante.jalons.bilan.EditionSummary;
import fr.gouv.sante.jalons.bilan.Erratum;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.publication.LateReport;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.publication.PublishedReportCorrected;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The frozen editions of the semester report. A publication records a pending edition in its own
 * transaction (so that it is never lost); once that commits, one background thread writes the PDF
 * once, with its SHA-256. Editions are never regenerated: a failed one can be retried, a ready one
 * stays as it is. At start-up, a published period without any edition (the reference period on a
 * new installation) gets one, in the background. The public pages list the editions with their
 * state: every change of one is a {@link PublicContentChanged}.
 */
@Service
public class BilanEditions implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(BilanEditions.class);

    private final BilanEditionRepository editions;
    private final BilanErratumRepository errata;
    private final BilanAssembler assembler;
    private final BilanPdf pdf;
    private final PublicationQueries progress;
    private final RoadmapQueries roadmap;
    private final AccessPolicy policy;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    /** One at a time: a bilan takes a core for a few seconds; publications are rare. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bilan-generator");
        thread.setDaemon(true);
        return thread;
    });

    BilanEditions(
            BilanEditionRepository editions,
            BilanErratumRepository errata,
            BilanAssembler assembler,
            BilanPdf pdf,
            PublicationQueries progress,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.editions = editions;
        this.errata = errata;
        this.assembler = assembler;
        this.pdf = pdf;
        this.progress = progress;
        this.roadmap = roadmap;
        this.policy = policy;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /**
     * In the first publication's transaction: edition 1 is recorded with it. A supplementary
     * publication makes its late reports public on the web only; a new edition is issued when the
     * DNS chooses to ({@link #issue}).
     */
    @EventListener
    void recordEdition(PeriodPublished event) {
        if (!event.supplementary() && editions.lastNumber(event.period()) == 0) {
            editions.save(new BilanEdition(
                    event.period(),
                    1,
                    event.publishedAt() == null ? clock.instant() : event.publishedAt(),
                    event.publication(),
                    errata.ofPeriod(event.period()).size()));
        }
    }

    /**
     * What was made public in a published period since its latest edition: the late reports and
     * the corrections that a new edition would take in.
     */
    @Transactional(readOnly = true)
    public EditionChanges changesSinceLastEdition(String periodCode) {
        return editions.findFirstByPeriodCodeOrderByNumberDesc(periodCode)
                .map(last -> changesAfter(last, Integer.MAX_VALUE, Integer.MAX_VALUE))
                .orElseGet(() -> new EditionChanges(periodCode, 0, List.of(), List.of()));
    }

    /** What an edition took in since the one before it; nothing for a period's first edition. */
    @Transactional(readOnly = true)
    public EditionChanges changesIn(String periodCode, int number) {
        Optional<BilanEdition> edition = editions.findByPeriodCodeAndNumber(periodCode, number);
        Optional<BilanEdition> previous = editions.findByPeriodCodeAndNumber(periodCode, number - 1);
        if (edition.isEmpty() || previous.isEmpty()) {
            return new EditionChanges(periodCode, Math.max(0, number - 1), List.of(), List.of());
        }
        return changesAfter(
                previous.get(), edition.get().getPublications(), edition.get().getErrata());
    }

    /** Late reports of later publications, up to {@code publications}, and errata up to {@code errataCount}. */
    private EditionChanges changesAfter(BilanEdition edition, int publications, int errataCount) {
        String periodCode = edition.getPeriodCode();
        Map<Long, ObjectiveSummary> objectives = new HashMap<>();
        roadmap.objectives().forEach(objective -> objectives.put(objective.id(), objective));
        List<EditionChanges.LateReport> late =
                progress.reportsPublishedAfter(periodCode, edition.getPublications()).stream()
                        .filter(report -> report.publication() <= publications)
                        .filter(report -> objectives.containsKey(report.objectiveId()))
                        .map(report -> {
                            ObjectiveSummary objective = objectives.get(report.objectiveId());
                            return new EditionChanges.LateReport(
                                    objective.code(), objective.title(), report.publishedAt());
                        })
                        .toList();
        List<Erratum> all = errata.ofPeriod(periodCode);
        List<Erratum> corrections =
                all.subList(Math.min(edition.getErrata(), all.size()), Math.min(errataCount, all.size()));
        return new EditionChanges(periodCode, edition.getNumber(), late, corrections);
    }

    /**
     * The DNS issues a new frozen edition of a published period, taking in what was made public
     * since the latest one; refused when nothing was. Written in the background like any edition.
     *
     * @return the new edition's number
     * @throws EditionRefused when the period has no edition yet or nothing changed since the last
     */
    @Transactional
    public int issue(CurrentUser admin, String periodCode) {
        policy.requireAdmin(admin);
        BilanEdition last = editions.findFirstByPeriodCodeOrderByNumberDesc(periodCode)
                .orElseThrow(() -> new EditionRefused("bilan.admin.issue.no-edition"));
        EditionChanges changes = changesSinceLastEdition(periodCode);
        if (changes.none()) {
            throw new EditionRefused("bilan.admin.issue.nothing");
        }
        int publications = progress.reportsPublishedAfter(periodCode, last.getPublications()).stream()
                .mapToInt(LateReport::publication)
                .max()
                .orElse(last.getPublications());
        int number = last.getNumber() + 1;
        editions.saveAndFlush(new BilanEdition(
                periodCode,
                number,
                clock.instant(),
                publications,
                errata.ofPeriod(periodCode).size()));
        events.publishEvent(new PublicContentChanged("bilan " + periodCode + " edition " + number + " issued"));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submitPending();
            }
        });
        return number;
    }

    /** Once the publication is committed, the PDF is written in the background. */
    @TransactionalEventListener
    void writeAfterPublication(PeriodPublished event) {
        submitPending();
    }

    /** A correction is listed as an erratum of its period's editions; the editions stay unchanged. */
    @EventListener
    void recordErratum(PublishedReportCorrected event) {
        roadmap.objective(ObjectiveCode.parse(event.objectiveCode()))
                .ifPresent(objective -> progress
                        .publishedReports(objective.summary().id())
                        .stream()
                        .filter(report -> report.period().equals(event.period()))
                        .findFirst()
                        .filter(report -> !errata.existsByPeriodCodeAndObjectiveCodeAndRevision(
                                event.period(), event.objectiveCode(), report.revision()))
                        .ifPresent(report -> errata.save(new BilanErratum(
                                event.period(),
                                event.objectiveCode(),
                                report.revision(),
                                report.reason() == null ? "" : report.reason(),
                                publishedAt(report)))));
    }

    private Instant publishedAt(PublishedReport report) {
        return report.publishedAt() == null ? clock.instant() : report.publishedAt();
    }

    /** Not at every start: only periods that have no edition yet; never blocks the start. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        worker.execute(() -> {
            try {
                transactions.executeWithoutResult(status -> {
                    for (PeriodSummary period : progress.publishedPeriods()) {
                        if (editions.lastNumber(period.code()) == 0) {
                            editions.save(new BilanEdition(
                                    period.code(),
                                    1,
                                    period.publishedAt(),
                                    1,
                                    errata.ofPeriod(period.code()).size()));
                            events.publishEvent(
                                    new PublicContentChanged("bilan " + period.code() + " edition 1 recorded"));
                        }
                    }
                });
            } catch (RuntimeException e) {
                // another node may have recorded it at the same time (unique period and number)
                LOG.warn("Could not record the missing editions: {}", e.getMessage());
            }
            submitPending();
        });
    }

    void submitPending() {
        worker.execute(() -> editions.idsIn(EditionState.PENDING).forEach(this::write));
    }

    private void write(long id) {
        BilanEdition edition =
                transactions.execute(status -> editions.findById(id).orElse(null));
        if (edition == null || edition.getState() != EditionState.PENDING) {
            return;
        }
        try {
            Bilan bilan = assembler.assemble(edition.getPeriodCode(), edition.getPublishedAt(), edition.getNumber());
            byte[] bytes = pdf.render(bilan);
            String sha256 = sha256(bytes);
            transactions.executeWithoutResult(status -> editions.findById(id)
                    .filter(e -> e.getState() == EditionState.PENDING)
                    .ifPresent(e -> {
                        e.written(bytes, sha256, clock.instant());
                        events.publishEvent(new PublicContentChanged(
                                "bilan " + e.getPeriodCode() + " edition " + e.getNumber() + " written"));
                    }));
            LOG.info(
                    "Bilan {} edition {} written: {} bytes, SHA-256 {}",
                    edition.getPeriodCode(),
                    edition.getNumber(),
                    bytes.length,
                    sha256);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Bilan {} edition {} failed", edition.getPeriodCode(), edition.getNumber(), e);
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            transactions.executeWithoutResult(status -> editions.findById(id).ifPresent(failed -> {
                failed.failed(message);
                events.publishEvent(new PublicContentChanged(
                        "bilan " + failed.getPeriodCode() + " edition " + failed.getNumber() + " failed"));
            }));
        }
    }

    /** An administrator sends a failed edition back to the queue. */
    @Transactional
    public void retry(CurrentUser admin, long id) {
        policy.requireAdmin(admin);
        BilanEdition edition =
                editions.findById(id).orElseThrow(() -> new NotFoundException("edition", String.valueOf(id)));
        if (edition.retry()) {
            events.publishEvent(new PublicContentChanged(
                    "bilan " + edition.getPeriodCode() + " edition " + edition.getNumber() + " retried"));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submitPending();
                }
            });
        }
    }

    @Transactional(readOnly = true)
    public List<EditionSummary> all() {
        return editions.summaries();
    }

    @Transactional(readOnly = true)
    public List<EditionSummary> ofPeriod(String periodCode) {
        return editions.summaries(periodCode);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(String periodCode, int number) {
        return editions.pdf(periodCode, number);
    }

    /** The synthesis an edition printed (see {@link PublicationQueries#synthesisUpTo}), as safe HTML; may be empty. */
    @Transactional(readOnly = true)
    public String synthesisHtml(String periodCode, Instant editionAt) {
        return progress.synthesisUpTo(periodCode, editionAt)
                .map(MarkdownText::toSafeHtml)
                .orElse("");
    }

    @Transactional(readOnly = true)
    public List<Erratum> errata(String periodCode) {
        return errata.ofPeriod(periodCode);
    }

    @Transactional(readOnly = true)
    public List<Erratum> allErrata() {
        return errata.all();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
