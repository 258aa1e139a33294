package fr.gouv.sante.jalons.roadmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/**
 * A lead organisation of an objective, at its place in the source document's list (which says
 * nothing of a pilot: the objective designates one, if the DNS did). The
 * organisation belongs to another module, so it is referenced by id only.
 */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "objective_owner")
class ObjectiveOwner {

    @EmbeddedId
    private Key key;

    @MapsId("objectiveId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    private int position;

    protected ObjectiveOwner() {}

    ObjectiveOwner(Objective objective, long organisationId, int position) {
        this.key = new Key(objective.getId(), organisationId);
        this.objective = objective;
        this.position = position;
    }

    public Long getOrganisationId() {
        return key.organisationId;
    }

    public int getPosition() {
        return position;
    }

    /** Primary key: one row per organisation and objective. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "objective_id")
        private Long objectiveId;

        @Column(name = "organisation_id")
        private Long organisationId;

        protected Key() {}

        Key(Long objectiveId, Long organisationId) {
            this.objectiveId = objectiveId;
            this.organisationId = organisationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(objectiveId, key.objectiveId)
                    && java.util.Objects.equals(organisationId, key.organisationId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(objectiveId, organisationId);
        }
    }
}
