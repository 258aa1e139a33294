package fr.gouv.sante.jalons.provenance;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sources of an objective's reference data and of its current status.
 *
 * @param structure the documents its title, target, deadline, owners and indicators were taken from
 *                  (empty when none is recorded)
 * @param status the source of its latest published status; null when nothing was published
 */
public record ObjectiveSources(
        List<Source> structure, @Nullable Source status) {

    public static final ObjectiveSources NONE = new ObjectiveSources(List.of(), null);

    public ObjectiveSources {
        structure = List.copyOf(structure);
    }

    /** Every source, the structure's first. */
    public List<Source> all() {
        List<Source> all = new ArrayList<>(structure);
        if (status != null) {
            all.add(status);
        }
        return List.copyOf(all);
    }
}
