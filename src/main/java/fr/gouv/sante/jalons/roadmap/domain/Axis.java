package fr.gouv.sante.jalons.roadmap.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the roadmap's four axes (Prévention, Prise en charge, Accès à la santé, Cadre propice). */
@Entity
@Table(name = "axis")
class Axis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    private Roadmap roadmap;

    private int number;

    private String name;

    protected Axis() {}

    Axis(Roadmap roadmap, int number, String name) {
        this.roadmap = roadmap;
        this.number = number;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Roadmap getRoadmap() {
        return roadmap;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }
}
