package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.bilan.EditionChanges;
import fr.gouv.sante.jalons.bilan.EditionRefused;
import fr.gouv.sante.jalons.bilan.EditionSummary;
import fr.gouv.sante.jalons.bilan.Erratum;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.publication.LateReport;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The frozen editions of the semester report. A publication records a pending edition in its own
 * transaction (so that it is never lost); once that commits, one background thread writes the PDF
 * once, with its SHA-256. Editions are never regenerated: a failed one can be retried, a ready one
 * stays as it is. At start-up, a published period without any edition (the reference period on a
 * new installation) gets one, in the background. The public pages list the editions with their
 * state: every change of one is a {@link PublicContentChanged}.
 */
@Service
public class BilanEditions {

    private final BilanEditionRepository editions;
    private final BilanErratumRepository errata;
    private final BilanEditionChanges changes;
    private final EditionWriter writer;
    private final PublicationQueries progress;
    private final AccessPolicy policy;
    private final BilanProperties settings;
    private final Clock clock;

    BilanEditions(
            BilanEditionRepository editions,
            BilanErratumRepository errata,
            BilanEditionChanges changes,
            EditionWriter writer,
            PublicationQueries progress,
            AccessPolicy policy,
            BilanProperties settings,
            Clock clock) {
        this.editions = editions;
        this.errata = errata;
        this.changes = changes;
        this.writer = writer;
        this.progress = progress;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
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
    public EditionChanges changesSinceLastEdition(String periodCode) {
        return changes.changesSinceLastEdition(periodCode);
    }

    /** What an edition took in since the one before it; nothing for a period's first edition. */
    public EditionChanges changesIn(String periodCode, int number) {
        return changes.changesIn(periodCode, number);
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
        writer.announce(periodCode, number, "issued");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                writer.submitPending();
            }
        });
        return number;
    }

    /**
     * Once the publication is committed, the PDF is written in the background, unless {@code
     * jalons.bilan.write-after-publication} is off ({@link BilanProperties}).
     */
    @TransactionalEventListener
    void writeAfterPublication(PeriodPublished event) {
        if (settings.writeAfterPublication()) {
            writer.submitPending();
        }
    }

    /**
     * Every edition still pending written in the background, as at start: how an edition that a
     * publication left pending ({@code jalons.bilan.write-after-publication} off) gets its PDF.
     */
    public void writePending() {
        writer.submitPending();
    }

    /** An administrator sends a failed edition back to the queue. */
    @Transactional
    public void retry(CurrentUser admin, long id) {
        policy.requireAdmin(admin);
        BilanEdition edition =
                editions.findById(id).orElseThrow(() -> new NotFoundException("edition", String.valueOf(id)));
        if (edition.retry()) {
            writer.announce(edition.getPeriodCode(), edition.getNumber(), "retried");
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    writer.submitPending();
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
}
