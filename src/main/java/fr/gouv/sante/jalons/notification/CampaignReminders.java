package fr.gouv.sante.jalons.notification;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JdbcCampaignReminders to the lead organisations that have not submitted all the objectives they must update. */
public interface CampaignReminders {

    /**
     * What "Relancer maintenant" would do now: who gets the reminder, who gets the invitation again,
     * who cannot be reached. Empty when no campaign is open. Administrators only.
     */
    Optional<ReminderPlan> plan(CurrentUser admin);

    /**
     * "Relancer maintenant": the reminder, at once, to every organisation still missing updates in
     * the open campaign; accounts whose invitation is pending get the invitation again. Administrators only.
     *
     * @return what was done (organisations already reminded this minute are left out)
     */
    ReminderPlan sendNow(CurrentUser admin);

    /** How many reminders each organisation (by id) received for a period. */
    Map<Long, Integer> sentByOrganisation(String period);

    /** Every reminder of a period, latest first, with what it did for each organisation. Administrators only. */
    List<ReminderOutcome> history(CurrentUser admin, String period);

    /**
     * What one reminder did for one organisation.
     *
     * @param reminderKey J-14, J-7, J-1, RETARD-S1... or MANUEL-<minute>
     */
    record ReminderOutcome(
            String reminderKey,
            Instant sentAt,
            String acronym,
            int recipients,
            int invitations,
            boolean unreachable,
            String objectives) {}
}
