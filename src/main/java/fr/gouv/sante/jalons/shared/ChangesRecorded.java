package fr.gouv.sante.jalons.shared;

import java.util.List;

/**
 * Many changes made by one action (a publication makes thousands of reports public), published
 * once instead of one {@link ChangeRecorded} each, so that the history module stores them in one
 * batch rather than one statement per change. Same rules: published inside the action's transaction.
 */
public record ChangesRecorded(List<ChangeRecorded> changes) {

    public ChangesRecorded {
        changes = List.copyOf(changes);
    }
}
