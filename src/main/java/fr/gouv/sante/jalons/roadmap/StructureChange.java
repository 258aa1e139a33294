package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.shared.Deadline;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An administrator's change to an objective. {@code reason} is required when the target or the
 * deadline changes (a re-baselining, shown publicly); {@code pilot} is the acronym of the owner the DNS
 * designates as pilot, or blank for none; {@code deadline} is null when what was typed is no deadline;
 * {@code version} is the one the form started from.
 */
public record StructureChange(
        @Nullable String title,
        @Nullable String target,
        @Nullable Deadline deadline,
        List<String> ownerAcronyms,
        @Nullable String pilot,
        @Nullable String reason,
        long version) {

    public StructureChange {
        ownerAcronyms = ownerAcronyms == null ? List.of() : List.copyOf(ownerAcronyms);
    }
}
