package fr.gouv.sante.jalons.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * One objective with where it sits in the roadmap and who leads it.
 *
 * @param owners the lead organisations in the roadmap's order; the first is the pilot
 */
public record ObjectiveSummary(
        long id,
        String code,
        String title,
        String target,
        LocalDate deadline,
        AxisRef axis,
        PriorityRef priority,
        List<OwnerRef> owners) {

    public ObjectiveSummary {
        owners = List.copyOf(owners);
    }

    /** The acronyms of the lead organisations, pilot first. */
    public List<String> ownerAcronyms() {
        return owners.stream().map(OwnerRef::acronym).toList();
    }

    /** An axis, by number and name. */
    public record AxisRef(int number, String name) {}

    /** A priority, by number and title. */
    public record PriorityRef(int number, String title) {}

    /** A lead organisation of an objective. */
    public record OwnerRef(String acronym, String name) {}
}
