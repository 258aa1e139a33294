package fr.gouv.sante.jalons.commitment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A State commitment that can be followed (a row exists for each of them, none for the companies'), and
 * the ids of its lead organisations. A change of leads moves the version, so that two administrators
 * cannot overwrite each other.
 */
@Entity
@Table(name = "commitment_follow")
class FollowedCommitment {

    @Id
    private Long commitmentId;

    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "commitment_lead", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    protected FollowedCommitment() {}

    /** Whether the leads changed. */
    boolean lead(Set<Long> organisations) {
        if (organisationIds.equals(organisations)) {
            return false;
        }
        organisationIds.clear();
        organisationIds.addAll(organisations);
        return true;
    }

    Set<Long> organisationIds() {
        return Set.copyOf(organisationIds);
    }

    Long getCommitmentId() {
        return commitmentId;
    }

    long getVersion() {
        return version;
    }
}
