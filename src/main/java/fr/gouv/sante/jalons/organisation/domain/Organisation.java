package fr.gouv.sante.jalons.organisation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A lead organisation of the roadmap. */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String acronym;

    private String name;

    private @Nullable String siret;

    protected Organisation() {}

    public Long getId() {
        return id;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getSiret() {
        return siret;
    }

    void changeSiret(@Nullable String siret) {
        this.siret = siret;
    }
}
