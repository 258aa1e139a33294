package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.publication.PublicProgress.ObjectiveProgress;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An objective as the public sees it: its structure and its public progress (latest published
 * status, whatever its period, that period, and whether it was updated in the latest published
 * period), from {@link fr.gouv.sante.jalons.publication.PublicationQueries#publicProgress()}, the read
 * model the open data uses too.
 */
public record PublicObjective(ObjectiveSummary objective, ObjectiveProgress progress) {

    public String code() {
        return objective.code();
    }

    /** The latest published status, whatever its period; null if nothing was ever published. */
    public @Nullable ProgressStatus status() {
        return progress.status();
    }

    /** Whether {@link #status()} was documented or reconstructed from a document's text; null if none. */
    public @Nullable StatusBasis statusBasis() {
        return progress.statusBasis();
    }

    /** The status shown was reconstructed from a document's text: every output must say so. */
    public boolean statusInferred() {
        return progress.statusInferred();
    }

    /** The period of {@link #status()}. */
    public @Nullable String statusPeriod() {
        return progress.statusPeriod();
    }

    /** For an objective updated in the latest period: its status published for an earlier period. */
    public @Nullable ProgressStatus previousStatus() {
        return progress.previousStatus();
    }

    /** Published before, but not in the latest published period: it shows an earlier status. */
    public boolean notUpdated() {
        return progress.notUpdated();
    }

    public boolean updatedInLatestPeriod() {
        return progress.updatedInLatestPeriod();
    }

    /** Past its deadline without being achieved. */
    public boolean overdue(LocalDate today) {
        return objective.deadline().date().isBefore(today) && status() != ProgressStatus.ACHIEVED;
    }

    /** Led (designated pilot or not) by the organisation with this acronym. */
    public boolean ledBy(String acronym) {
        return objective.ownerAcronyms().contains(acronym);
    }

    /** Piloted by this organisation, as the DNS designated it; false for every owner when none is. */
    public boolean pilotedBy(String acronym) {
        return objective.pilotedBy(acronym);
    }
}
