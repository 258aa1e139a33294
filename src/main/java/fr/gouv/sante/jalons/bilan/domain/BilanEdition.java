package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.EditionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/** A frozen edition of a period's semester report. Its PDF, once written, is never replaced. */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "bilan_edition")
class BilanEdition {

    /** Longer failure messages are cut: the administrator needs the gist, the log has the rest. */
    static final int MAX_FAILURE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(nullable = false)
    private int number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EditionState state = EditionState.PENDING;

    private byte @Nullable [] pdf;

    private @Nullable String sha256;

    @Column(name = "byte_size")
    private @Nullable Integer byteSize;

    @Column(name = "generated_at")
    private @Nullable Instant generatedAt;

    private @Nullable String failure;

    private int attempts;

    /** The number of the period's latest publication this edition takes in; null on older rows. */
    private @Nullable Integer publications;

    /** How many of the period's errata (oldest first) this edition takes in; null on older rows. */
    private @Nullable Integer errata;

    @Version
    private long version;

    protected BilanEdition() {}

    BilanEdition(String periodCode, int number, Instant publishedAt, int publications, int errata) {
        this.periodCode = periodCode;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publications = publications;
        this.errata = errata;
    }

    void written(byte[] pdf, String sha256, Instant at) {
        if (this.pdf != null) {
            throw new IllegalStateException("edition " + periodCode + "-" + number + " is frozen");
        }
        this.pdf = pdf;
        this.sha256 = sha256;
        this.byteSize = pdf.length;
        this.generatedAt = at;
        this.state = EditionState.READY;
        this.failure = null;
        this.attempts++;
    }

    void failed(@Nullable String message) {
        this.state = EditionState.FAILED;
        this.failure = message == null ? "" : message.substring(0, Math.min(message.length(), MAX_FAILURE));
        this.attempts++;
    }

    /** A failed edition goes back to the queue; a ready one never does. */
    boolean retry() {
        if (state != EditionState.FAILED) {
            return false;
        }
        state = EditionState.PENDING;
        return true;
    }

    Long getId() {
        return id;
    }

    String getPeriodCode() {
        return periodCode;
    }

    int getNumber() {
        return number;
    }

    int getPublications() {
        return publications == null ? number : publications;
    }

    int getErrata() {
        return errata == null ? 0 : errata;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    EditionState getState() {
        return state;
    }
}
