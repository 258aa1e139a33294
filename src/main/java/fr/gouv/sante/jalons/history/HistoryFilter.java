package fr.gouv.sante.jalons.history;

import java.time.LocalDate;

/**
 * Which changes to read: those of one objective (or all when null), by one person (the label the
 * trail recorded, or anyone when null), between two days inclusive (open ends when null).
 */
public record HistoryFilter(Long objectiveId, String actor, LocalDate from, LocalDate to) {

    public static HistoryFilter ofObjective(long objectiveId) {
        return new HistoryFilter(objectiveId, null, null, null);
    }
}
