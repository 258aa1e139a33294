package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ObjectiveCode;

/** Administrators change an objective's indicators and dated targets. Every change is audited. */
public interface IndicatorEditing {

    /** The objective's indicators and dated targets as the form shows them. */
    IndicatorsChange indicators(CurrentUser admin, ObjectiveCode code);

    /** What is wrong with these rows (message keys by field), without saving anything: empty if nothing. */
    java.util.Map<String, String> problems(IndicatorsChange change);

    /**
     * Replaces the objective's indicators and dated targets.
     *
     * @throws StructureRejected invalid rows (keys such as {@code indicators[0].name}), an indicator with
     *         measurements removed
     * @throws fr.gouv.sante.jalons.shared.StaleVersion nothing saved: someone saved it since {@code change.version()}
     */
    void updateIndicators(CurrentUser admin, ObjectiveCode code, IndicatorsChange change);
}
