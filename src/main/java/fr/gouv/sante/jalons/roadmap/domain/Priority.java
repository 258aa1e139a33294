package fr.gouv.sante.jalons.roadmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A priority of an axis; priorities are numbered 1 to 18 across the whole roadmap. */
@Entity
@Table(name = "priority")
class Priority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Denormalised so that the database can keep priority numbers unique within a roadmap. */
    @Column(name = "roadmap_id", nullable = false)
    private Long roadmapId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "axis_id")
    private Axis axis;

    private int number;

    private String title;

    protected Priority() {}

    Priority(Axis axis, int number, String title) {
        this.roadmapId = axis.getRoadmap().getId();
        this.axis = axis;
        this.number = number;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public Long getRoadmapId() {
        return roadmapId;
    }

    public Axis getAxis() {
        return axis;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }
}
