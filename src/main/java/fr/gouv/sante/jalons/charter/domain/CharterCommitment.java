package fr.gouv.sante.jalons.charter.domain;

import fr.gouv.sante.jalons.charter.Party;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A commitment of the charter (reference data: its text never changes here) and the ids of the roadmap's
 * objectives it is linked to. A change of links moves the version, so that two administrators editing
 * the same commitment's links cannot overwrite each other.
 */
@Entity
@Table(name = "charter_commitment")
class CharterCommitment {

    @Id
    private Long id;

    private String charterVersion;

    @Enumerated(EnumType.STRING)
    private Party party;

    private int number;

    private String text;

    @Version
    private long version;

    // one statement for the links of every commitment read, not one per commitment
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "charter_commitment_objective", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "objective_id")
    private Set<Long> objectiveIds = new HashSet<>();

    protected CharterCommitment() {}

    /** Whether the objective was not linked yet (and now is). */
    boolean link(long objectiveId) {
        return objectiveIds.add(objectiveId);
    }

    /** Whether the objective was linked (and no longer is). */
    boolean unlink(long objectiveId) {
        return objectiveIds.remove(objectiveId);
    }

    Set<Long> objectiveIds() {
        return Set.copyOf(objectiveIds);
    }

    Long getId() {
        return id;
    }

    Party getParty() {
        return party;
    }

    int getNumber() {
        return number;
    }

    String getText() {
        return text;
    }

    String getCharterVersion() {
        return charterVersion;
    }

    long getVersion() {
        return version;
    }
}
