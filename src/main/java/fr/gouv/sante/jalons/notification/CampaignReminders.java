package fr.gouv.sante.jalons.notification;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.Map;

/** Reminders to the lead organisations that have not submitted all their objectives. */
public interface CampaignReminders {

    /**
     * "Relancer maintenant": the reminder, at once, to every organisation still missing updates in
     * the open campaign. Administrators only.
     *
     * @return how many organisations were reminded
     */
    int sendNow(CurrentUser admin);

    /** How many reminders each organisation (by id) received for a period. */
    Map<Long, Integer> sentByOrganisation(String period);
}
