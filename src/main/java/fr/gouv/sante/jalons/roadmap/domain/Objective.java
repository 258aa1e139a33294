package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.shared.Deadline;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A concrete, dated objective of the roadmap, such as 1-1 "Alimentation de Mon espace santé". */
@Entity
@Table(name = "objective")
class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "roadmap_id", nullable = false)
    private Long roadmapId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id")
    private Priority priority;

    private String code;

    private String title;

    private String target;

    private LocalDate deadline;

    /** How much of the deadline the source gives; the date is the last day of that period. */
    @Enumerated(EnumType.STRING)
    private Deadline.Precision deadlinePrecision = Deadline.Precision.DAY;

    @Version
    private long version;

    @Column(name = "pilot_organisation_id")
    private @Nullable Long pilotOrganisationId;

    @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ObjectiveOwner> owners = new ArrayList<>();

    @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ObjectiveTarget> targets = new ArrayList<>();

    protected Objective() {}

    /** A new objective of a priority, with no owner yet (they need its id: see {@link #addOwners}). */
    Objective(Priority priority, String code, String title, String target, Deadline deadline) {
        this.roadmapId = priority.getRoadmapId();
        this.priority = priority;
        this.code = code;
        this.title = title;
        this.target = target;
        this.deadline = deadline.date();
        this.deadlinePrecision = deadline.precision();
    }

    void rename(String title) {
        this.title = title;
    }

    /** The deadline as precise as it was typed: "2026" stays a year, never becomes 31 December 2026. */
    void rebaseline(String target, Deadline deadline) {
        this.target = target;
        this.deadline = deadline.date();
        this.deadlinePrecision = deadline.precision();
    }

    /** Replaces the lead organisations; the caller flushes between the removal and the additions. */
    void clearOwners() {
        owners.clear();
    }

    /** The indicators as they are (managed by the caller, which flushes between removals and renumbering). */
    List<Indicator> indicators() {
        return indicators;
    }

    List<ObjectiveTarget> targets() {
        return targets;
    }

    /** Designates one of the owners as pilot, or none (null); the database refuses a non-owner. */
    void designatePilot(@Nullable Long organisationId) {
        this.pilotOrganisationId = organisationId;
    }

    public @Nullable Long getPilotOrganisationId() {
        return pilotOrganisationId;
    }

    void addOwners(List<Long> organisationIds) {
        for (int i = 0; i < organisationIds.size(); i++) {
            owners.add(new ObjectiveOwner(this, organisationIds.get(i), i + 1));
        }
    }

    public Long getId() {
        return id;
    }

    public Long getRoadmapId() {
        return roadmapId;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getTarget() {
        return target;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Deadline.Precision getDeadlinePrecision() {
        return deadlinePrecision;
    }

    /** The deadline with its precision. */
    Deadline deadline() {
        return new Deadline(deadline, deadlinePrecision);
    }

    public long getVersion() {
        return version;
    }

    public List<ObjectiveOwner> getOwners() {
        return List.copyOf(owners);
    }

    public List<Indicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public List<ObjectiveTarget> getTargets() {
        return List.copyOf(targets);
    }
}
