package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.LocalDate;

/**
 * An objective as the public sees it: its structure and its status in the latest published period
 * ({@code status}) and in the one before ({@code previousStatus}); either may be null.
 */
public record PublicObjective(ObjectiveSummary objective, ProgressStatus status, ProgressStatus previousStatus) {

    public String code() {
        return objective.code();
    }

    /** Past its deadline without being achieved. */
    public boolean overdue(LocalDate today) {
        return objective.deadline().isBefore(today) && status != ProgressStatus.ACHIEVED;
    }

    /** Led (as pilot or co-owner) by the organisation with this acronym. */
    public boolean ledBy(String acronym) {
        return objective.ownerAcronyms().contains(acronym);
    }

    public boolean pilotedBy(String acronym) {
        return objective.ownerAcronyms().get(0).equals(acronym);
    }
}
