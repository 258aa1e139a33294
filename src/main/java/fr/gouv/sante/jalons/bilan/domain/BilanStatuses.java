package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.Bilan.ObjectivePart;
import fr.gouv.sante.jalons.bilan.Bilan.StatusCount;
import fr.gouv.sante.jalons.publication.ObjectiveStatusHistory;
import fr.gouv.sante.jalons.publication.PublishedStatus;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.Semester;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The objectives' statuses as the semester report reads them. */
final class BilanStatuses {

    private BilanStatuses() {}

    /** An objective's published status at a period: its report of the period, else its latest earlier one. */
    static Optional<PublishedStatus> at(@Nullable ObjectiveStatusHistory history, String periodCode) {
        if (history == null) {
            return Optional.empty();
        }
        Semester at = Semester.parse(periodCode);
        return history.statuses().stream()
                .filter(s -> Semester.parse(s.period()).compareTo(at) <= 0)
                .max(Comparator.comparing(s -> Semester.parse(s.period())));
    }

    /** How many objectives have each status, in the statuses' order. */
    static List<StatusCount> counts(List<ObjectivePart> parts) {
        return Arrays.stream(ProgressStatus.values())
                .map(status -> new StatusCount(status, (int)
                        parts.stream().filter(p -> p.status() == status).count()))
                .toList();
    }
}
