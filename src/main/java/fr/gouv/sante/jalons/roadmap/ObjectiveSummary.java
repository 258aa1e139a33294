package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.shared.Deadline;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One objective with where it sits in the roadmap and who leads it.
 *
 * @param deadline as precise as its source: its date is the last day of the period the source names
 * @param owners the lead organisations in the source document's order (which designates no pilot)
 * @param pilot the acronym of the owner the DNS designated as pilot; null when none is documented
 */
public record ObjectiveSummary(
        long id,
        String code,
        String title,
        String target,
        Deadline deadline,
        AxisRef axis,
        PriorityRef priority,
        List<OwnerRef> owners,
        @Nullable String pilot) {

    public ObjectiveSummary {
        owners = List.copyOf(owners);
    }

    /** The acronyms of the lead organisations, in the document's order. */
    public List<String> ownerAcronyms() {
        return owners.stream().map(OwnerRef::acronym).toList();
    }

    /** Whether the DNS designated this organisation as the objective's pilot. */
    public boolean pilotedBy(@Nullable String acronym) {
        return acronym != null && acronym.equals(pilot);
    }

    /** An axis, by number and name. */
    public record AxisRef(int number, String name) {}

    /** A priority, by number and title. */
    public record PriorityRef(int number, String title) {}

    /** A lead organisation of an objective. */
    public record OwnerRef(String acronym, String name) {}
}
