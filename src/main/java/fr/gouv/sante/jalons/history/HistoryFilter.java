package fr.gouv.sante.jalons.history;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which changes to read: those of one objective (or all when null), by one person (the label the
 * trail recorded, or anyone when null), between two days inclusive (open ends when null).
 */
public record HistoryFilter(
        @Nullable Long objectiveId,
        @Nullable String actor,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static HistoryFilter ofObjective(long objectiveId) {
        return new HistoryFilter(objectiveId, null, null, null);
    }
}
