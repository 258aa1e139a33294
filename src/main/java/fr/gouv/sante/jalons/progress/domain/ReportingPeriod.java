package fr.gouv.sante.jalons.progress.domain;

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

/** A semester of the reporting campaign, e.g. 2024-S2. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    /** Planned, open for updates, closed for review, or published to everyone. */
    public enum State { PLANNED, OPEN, CLOSED, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The roadmap lives in another module: referenced by id. */
    @Column(name = "roadmap_id", nullable = false)
    private Long roadmapId;

    private String code;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private State state;

    private Instant publishedAt;

    @Version
    private long version;

    protected ReportingPeriod() {
    }

    /** A new campaign, open for updates until its due date. */
    ReportingPeriod(long roadmapId, fr.gouv.sante.jalons.shared.Semester semester, LocalDate dueOn) {
        this.roadmapId = roadmapId;
        this.code = semester.toString();
        this.startsOn = semester.firstDay();
        this.endsOn = semester.lastDay();
        this.dueOn = dueOn;
        this.state = State.OPEN;
    }

    void publish(Instant now) {
        if (state != State.OPEN && state != State.CLOSED) {
            throw new IllegalStateException("Period " + code + " is " + state);
        }
        this.state = State.PUBLISHED;
        this.publishedAt = now;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public LocalDate getDueOn() {
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

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
