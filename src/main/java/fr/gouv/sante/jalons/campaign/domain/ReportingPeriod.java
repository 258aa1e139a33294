package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.shared.DatePrecision;
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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A semester of the reporting campaign, e.g. 2024-S2. It is {@code OPEN} while reports are written
 * and reviewed; {@code PUBLISHED} from its first publication on, still taking late reports
 * (published in supplementary publications); {@code CLOSED} once the next campaign opens, for good.
 */
@Entity
@Table(name = "reporting_period")
class ReportingPeriod {

    /** Open for updates; published and still taking late reports; closed for good. */
    public enum State {
        OPEN,
        PUBLISHED,
        CLOSED;

        /** Reports of the period may still be written, reviewed and published. */
        public boolean active() {
            return this != CLOSED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The roadmap lives in another module: referenced by id. */
    @Column(name = "roadmap_id", nullable = false)
    private Long roadmapId;

    private String code;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private @Nullable LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private State state;

    private @Nullable Instant publishedAt;

    /** A publication in the product has its day; a period taken over from a document may have only a month. */
    @Enumerated(EnumType.STRING)
    private @Nullable DatePrecision publishedPrecision;

    /** How many times the period was published (first publication, then supplementary ones). */
    private int publications;

    /** The period this one's opening closed, null when none was taking late reports. */
    private @Nullable Long closedPreviousId;

    @Version
    private long version;

    protected ReportingPeriod() {}

    /** A new campaign, open for updates until its due date. */
    ReportingPeriod(long roadmapId, fr.gouv.sante.jalons.shared.Semester semester, @Nullable LocalDate dueOn) {
        this.roadmapId = roadmapId;
        this.code = semester.toString();
        this.startsOn = semester.firstDay();
        this.endsOn = semester.lastDay();
        this.dueOn = dueOn;
        this.state = State.OPEN;
    }

    /**
     * Records one more publication of the period: the first makes it public, the later ones
     * (supplementary) add late reports. Changing the row also bumps its version, so that a second
     * confirmation of the same summary is refused as stale.
     *
     * @return the number of this publication, from 1
     */
    int publish(Instant now) {
        if (!state.active()) {
            throw new IllegalStateException("Period " + code + " is " + state);
        }
        if (state == State.OPEN) {
            this.state = State.PUBLISHED;
            this.publishedAt = now;
            this.publishedPrecision = DatePrecision.DAY;
        }
        this.publications++;
        return publications;
    }

    /** The next campaign opened: what was not published stays private for good. */
    void close() {
        if (state != State.PUBLISHED) {
            throw new IllegalStateException("Period " + code + " is " + state);
        }
        this.state = State.CLOSED;
    }

    /** An opening cancelled: the period takes late reports again, its unpublished reports as they were. */
    void reopen() {
        if (state != State.CLOSED || publishedAt == null) {
            throw new IllegalStateException("Period " + code + " is " + state);
        }
        this.state = State.PUBLISHED;
    }

    void closing(ReportingPeriod previous) {
        this.closedPreviousId = previous.getId();
    }

    public @Nullable Long getClosedPreviousId() {
        return closedPreviousId;
    }

    public int getPublications() {
        return publications;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public @Nullable LocalDate getDueOn() {
        return dueOn;
    }

    public Long getRoadmapId() {
        return roadmapId;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public State getState() {
        return state;
    }

    public @Nullable DatePrecision getPublishedPrecision() {
        return publishedPrecision;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }
}
