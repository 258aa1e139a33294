package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.shared.Deadline;
import java.util.List;

/**
 * An administrator's change to an objective. {@code reason} is required when the target or the
 * deadline changes (a re-baselining, shown publicly); {@code pilot} is the acronym of the owner the DNS
 * designates as pilot, or blank for none; {@code deadline} is null when what was typed is no deadline;
 * {@code version} is the one the form started from.
 */
public record StructureChange(
        String title,
        String target,
        Deadline deadline,
        List<String> ownerAcronyms,
        String pilot,
        String reason,
        long version) {

    public StructureChange {
        ownerAcronyms = ownerAcronyms == null ? List.of() : List.copyOf(ownerAcronyms);
    }
}
