package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.Bilan;
import fr.gouv.sante.jalons.bilan.EditionState;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the pending editions' PDFs, once each, with their SHA-256, on one background thread; at
 * start-up, a published period without any edition (the reference period on a new installation)
 * gets one.
 */
@Component
class EditionWriter implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(EditionWriter.class);

    private final BilanEditionRepository editions;
    private final BilanErratumRepository errata;
    private final BilanAssembler assembler;
    private final BilanPdf pdf;
    private final PublicationQueries progress;
    private final Clock clock;
    private final TransactionTemplate transactions;
    /** One at a time: a bilan takes a core for a few seconds; publications are rare. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bilan-generator");
        thread.setDaemon(true);
        return thread;
    });

    private final ApplicationEventPublisher events;

    EditionWriter(
            BilanEditionRepository editions,
            BilanErratumRepository errata,
            BilanAssembler assembler,
            BilanPdf pdf,
            PublicationQueries progress,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.editions = editions;
        this.errata = errata;
        this.assembler = assembler;
        this.pdf = pdf;
        this.progress = progress;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /**
     * Announces a change of an edition (issued, retried, recorded, written, failed): the public pages
     * list the editions with their state. They read the editions for each page and no cached model
     * holds them, so only the rendered pages go: a bilan written minutes after a publication does not
     * have the models of every objective computed again.
     */
    void announce(String periodCode, int number, String what) {
        events.publishEvent(
                PublicContentChanged.shownOnlyIn("bilan " + periodCode + " edition " + number + " " + what, Set.of()));
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
                                    period.requirePublishedAt(),
                                    1,
                                    errata.ofPeriod(period.code()).size()));
                            announce(period.code(), 1, "recorded");
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
        Optional<BilanEdition> found = transactions.execute(status -> editions.findById(id));
        BilanEdition edition = found == null ? null : found.orElse(null);
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
                        announce(e.getPeriodCode(), e.getNumber(), "written");
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
                announce(failed.getPeriodCode(), failed.getNumber(), "failed");
            }));
        }
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
