package fr.gouv.sante.jalons.theme;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.Collection;

/** Administrators choose a theme's objectives; every change is audited. */
public interface ThemeEditing {

    /**
     * The theme's objectives, with its version.
     *
     * @throws fr.gouv.sante.jalons.shared.NotFoundException no such theme
     */
    ThemeAssignment assignment(CurrentUser admin, String slug);

    /**
     * Makes these objectives (by id) the theme's. What the theme's document says of an objective is
     * shown whenever the objective is the theme's, removed and added again or not.
     *
     * @return whether anything changed
     * @throws fr.gouv.sante.jalons.shared.InputRefused an id names no objective of the roadmap; nothing saved
     * @throws fr.gouv.sante.jalons.shared.StaleVersion someone changed the theme since {@code version}; nothing saved
     */
    boolean assign(CurrentUser admin, String slug, Collection<Long> objectiveIds, long version);
}
