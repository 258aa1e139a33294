package fr.gouv.sante.jalons.notification;

import java.io.Serializable;
import java.util.List;

/**
 * Who a reminder reaches, organisation by organisation: before a run (what "Relancer maintenant"
 * would do) or after it (what it did). An organisation's accounts that have not accepted their
 * invitation get the invitation again instead; an organisation with no account able to receive the
 * reminder cannot be reminded at all, and says so.
 *
 * <p>Serializable: a run's outcome is carried to the reminder screen in the session, which is stored
 * in the database.
 *
 * @param late after the due date: readers are reminded too
 */
public record ReminderPlan(String period, boolean late, List<Organisation> organisations) implements Serializable {

    public ReminderPlan {
        organisations = List.copyOf(organisations);
    }

    /** The organisations at least one account of which gets the reminder. */
    public List<Organisation> reminded() {
        return organisations.stream().filter(o -> !o.reminded().isEmpty()).toList();
    }

    /** The organisations some accounts of which get their invitation again. */
    public List<Organisation> invited() {
        return organisations.stream().filter(o -> !o.invited().isEmpty()).toList();
    }

    /** The organisations nobody can be written to about their missing updates. */
    public List<Organisation> unreachable() {
        return organisations.stream().filter(Organisation::unreachable).toList();
    }

    /**
     * One organisation missing updates.
     *
     * @param objectives the codes of the objectives it must update and has not submitted
     * @param reminded the accounts that get the reminder
     * @param invited the accounts whose invitation is pending: they get it again
     */
    public record Organisation(
            long id, String acronym, List<String> objectives, List<Person> reminded, List<Person> invited)
            implements Serializable {

        public Organisation {
            objectives = List.copyOf(objectives);
            reminded = List.copyOf(reminded);
            invited = List.copyOf(invited);
        }

        public boolean unreachable() {
            return reminded.isEmpty() && invited.isEmpty();
        }
    }

    /** An account written to. */
    public record Person(long userId, String displayName, String email) implements Serializable {}
}
