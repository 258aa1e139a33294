package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.roadmap.RoadmapState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A multi-year roadmap (the 2023-2027 one today; the 2019-2022 one and the next can sit beside it). */
@Entity
@Table(name = "roadmap")
class Roadmap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String title;

    private int startYear;

    private int endYear;

    private String slug;

    @Enumerated(EnumType.STRING)
    private RoadmapState state;

    protected Roadmap() {}

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public String getSlug() {
        return slug;
    }

    public RoadmapState getState() {
        return state;
    }
}
