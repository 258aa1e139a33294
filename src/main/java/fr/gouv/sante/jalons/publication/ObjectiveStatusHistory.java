package fr.gouv.sante.jalons.publication;

import java.util.List;

/** An objective's published statuses, newest period first (empty if nothing was ever published). */
public record ObjectiveStatusHistory(long objectiveId, List<PublishedStatus> statuses) {

    public ObjectiveStatusHistory {
        statuses = List.copyOf(statuses);
    }
}
