package fr.gouv.sante.jalons.theme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A theme and its objectives (the roadmap's, by id), as administrators edit them; its title,
 * description, items and what its document says of each objective come from the document and are read
 * by SQL.
 */
@Entity
@Table(name = "theme")
class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    @ElementCollection
    @CollectionTable(name = "theme_objective", joinColumns = @JoinColumn(name = "theme_id"))
    @Column(name = "objective_id", nullable = false)
    private Set<Long> objectiveIds = new HashSet<>();

    @Version
    private long version;

    protected Theme() {}

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }

    long getVersion() {
        return version;
    }

    Set<Long> objectiveIds() {
        return Set.copyOf(objectiveIds);
    }

    /**
     * Keeps exactly these objectives.
     *
     * @return whether anything changed
     */
    boolean assign(Collection<Long> wanted) {
        Set<Long> next = Set.copyOf(wanted);
        if (next.equals(objectiveIds)) {
            return false;
        }
        objectiveIds.retainAll(next);
        objectiveIds.addAll(next);
        return true;
    }
}
