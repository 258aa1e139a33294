package fr.gouv.sante.jalons.report.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.progress.PeriodPublished;
import fr.gouv.sante.jalons.progress.PeriodSummary;
import fr.gouv.sante.jalons.progress.ProgressQueries;
import fr.gouv.sante.jalons.progress.PublishedReport;
import fr.gouv.sante.jalons.progress.PublishedReportCorrected;
import fr.gouv.sante.jalons.report.Bilan;
import fr.gouv.sante.jalons.report.EditionState;
import fr.gouv.sante.jalons.report.EditionSummary;
import fr.gouv.sante.jalons.report.Erratum;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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
 * new installation) gets one, in the background.
 */
@Service
public class BilanEditions implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(BilanEditions.class);

    private final BilanEditionRepository editions;
    private final BilanErratumRepository errata;
    private final BilanAssembler assembler;
    private final BilanPdf pdf;
    private final ProgressQueries progress;
    private final RoadmapQueries roadmap;
    private final AccessPolicy policy;
    private final Clock clock;
    private final TransactionTemplate transactions;
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
            ProgressQueries progress,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.editions = editions;
        this.errata = errata;
        this.assembler = assembler;
        this.pdf = pdf;
        this.progress = progress;
        this.roadmap = roadmap;
        this.policy = policy;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * In the publication's transaction: the edition to write is recorded with the publication, under
     * the publication's number (1 for the first, 2 and more for supplementary ones).
     */
    @EventListener
    void recordEdition(PeriodPublished event) {
        if (editions.lastNumber(event.period()) < event.publication()) {
            editions.save(new BilanEdition(
                    event.period(),
                    event.publication(),
                    event.publishedAt() == null ? clock.instant() : event.publishedAt()));
        }
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
                            editions.save(new BilanEdition(period.code(), 1, period.publishedAt()));
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
                    .ifPresent(e -> e.written(bytes, sha256, clock.instant())));
            LOG.info(
                    "Bilan {} edition {} written: {} bytes, SHA-256 {}",
                    edition.getPeriodCode(),
                    edition.getNumber(),
                    bytes.length,
                    sha256);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Bilan {} edition {} failed", edition.getPeriodCode(), edition.getNumber(), e);
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            transactions.executeWithoutResult(status -> editions.findById(id).ifPresent(e2 -> e2.failed(message)));
        }
    }

    /** An administrator sends a failed edition back to the queue. */
    @Transactional
    public void retry(CurrentUser admin, long id) {
        policy.requireAdmin(admin);
        BilanEdition edition =
                editions.findById(id).orElseThrow(() -> new NotFoundException("edition", String.valueOf(id)));
        if (edition.retry()) {
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

    /** The synthesis the DNS entered with a publication, as safe HTML; empty when there is none. */
    @Transactional(readOnly = true)
    public String synthesisHtml(String periodCode, int number) {
        return progress.publicationSynthesis(periodCode, number)
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
