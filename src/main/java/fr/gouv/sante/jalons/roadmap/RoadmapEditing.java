package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import org.jspecify.annotations.Nullable;

/** Administrators change an objective's structure. Every change is audited; a new target or deadline is a public re-baselining. */
public interface RoadmapEditing {

    /** The objective as the form shows it, with its version. */
    ObjectiveStructure structure(CurrentUser admin, ObjectiveCode code);

    /**
     * Changes an objective's title, target, deadline, owners or pilot, with the reason given.
     *
     * @throws StructureRejected invalid values or a missing reason
     * @throws fr.gouv.sante.jalons.shared.StaleVersion nothing saved: someone saved it since {@code change.version()}
     */
    void update(CurrentUser admin, ObjectiveCode code, StructureChange change);

    /** An objective's editable structure; {@code pilot} is null when no pilot is designated. */
    record ObjectiveStructure(
            String code,
            String title,
            String target,
            fr.gouv.sante.jalons.shared.Deadline deadline,
            java.util.List<String> ownerAcronyms,
            @Nullable String pilot,
            long version) {}
}
