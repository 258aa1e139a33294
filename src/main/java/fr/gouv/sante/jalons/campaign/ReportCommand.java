package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an editor sends for a progress report. Only these fields can be set: the workflow state,
 * the objective and the period come from the server, never from the request.
 *
 * @param version the version the editor started from, null for a report not yet created
 * @param removed the draft measurements this person explicitly removes, by id: a saved measurement
 *                that is neither listed in {@code measurements} nor here is kept, never deleted
 */
public record ReportCommand(
        @Nullable ProgressStatus status,
        @Nullable String narrative,
        @Nullable Long version,
        List<NewMeasurement> measurements,
        Set<Long> removed) {

    public static final int MAX_NARRATIVE_LENGTH = 5000;

    public ReportCommand {
        // line breaks as \n only, before the length is checked: browsers send a textarea's as \r\n
        narrative = fr.gouv.sante.jalons.shared.TextRules.normaliseLineBreaks(narrative);
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        removed = removed == null ? Set.of() : Set.copyOf(removed);
    }

    /** A command that adds or changes measurements and removes none. */
    public ReportCommand(
            @Nullable ProgressStatus status,
            @Nullable String narrative,
            @Nullable Long version,
            List<NewMeasurement> measurements) {
        this(status, narrative, version, measurements, Set.of());
    }
}
