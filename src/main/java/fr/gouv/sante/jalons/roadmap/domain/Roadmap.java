package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.roadmap.RoadmapState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A multi-year roadmap (the 2023-2027 one today; the 2019-2022 one and the next can sit beside it). */
@Entity
@Table(name = "roadmap")
class Roadmap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    /** The roadmap in public addresses, e.g. {@code 2023-2027}. */
    private String slug;

    private String title;

    private int startYear;

    private int endYear;

    @Enumerated(EnumType.STRING)
    private RoadmapState state;

    /** How its years were established when no document states them whole; null when one does. */
    private @Nullable String periodNote;

    protected Roadmap() {}

    /** A new roadmap is a draft: the DNS prepares it before anyone else sees it. */
    Roadmap(String code, String slug, String title, int startYear, int endYear) {
        this.code = code;
        this.slug = slug;
        this.title = title;
        this.startYear = startYear;
        this.endYear = endYear;
        this.state = RoadmapState.DRAFT;
    }

    /** The database keeps one current roadmap at most: the caller archives the previous one first. */
    void moveTo(RoadmapState state) {
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getSlug() {
        return slug;
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

    public RoadmapState getState() {
        return state;
    }

    public @Nullable String getPeriodNote() {
        return periodNote;
    }
}
