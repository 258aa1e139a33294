package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ObjectiveCode;

/** Administrators change an objective's structure. Every change is audited; a new target or deadline is a public re-baselining. */
public interface RoadmapEditing {

    /** The objective as the form shows it, with its version. */
    ObjectiveStructure structure(CurrentUser admin, ObjectiveCode code);

    /**
     * @throws StructureRejected invalid values, missing reason, or a stale version (key {@code version})
     */
    void update(CurrentUser admin, ObjectiveCode code, StructureChange change);

    /** The objective's indicators and dated targets as the form shows them. */
    IndicatorsChange indicators(CurrentUser admin, ObjectiveCode code);

    /** What is wrong with these rows (message keys by field), without saving anything: empty if nothing. */
    java.util.Map<String, String> problems(IndicatorsChange change);

    /**
     * Replaces the objective's indicators and dated targets.
     *
     * @throws StructureRejected invalid rows (keys such as {@code indicators[0].name}), an indicator with
     *         measurements removed, or a stale version
     */
    void updateIndicators(CurrentUser admin, ObjectiveCode code, IndicatorsChange change);

    /** An objective's editable structure. */
    record ObjectiveStructure(String code, String title, String target, java.time.LocalDate deadline,
                              java.util.List<String> ownerAcronyms, long version) {
    }
}
