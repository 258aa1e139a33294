package fr.gouv.sante.jalons.dashboard;

import java.util.List;
import java.util.Set;

/**
 * The themes that group objectives across the roadmap (the medico-social sector, say), as the public
 * objective list filters on them and the open data names them. Declared here and provided by the module
 * that owns the themes, which reads the public objectives from this one: the list can then filter on a
 * theme without depending on its owner.
 */
public interface ObjectiveThemes {

    /** Every theme in its order, with the codes of its objectives; read from a cache, no SQL once warm. */
    List<Theme> all();

    /** A theme: its address ({@code medico-social}), its title and the codes of its objectives. */
    record Theme(String slug, String title, Set<String> objectiveCodes) {

        public Theme {
            objectiveCodes = Set.copyOf(objectiveCodes);
        }
    }
}
