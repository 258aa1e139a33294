package fr.gouv.sante.jalons.governance;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.List;

/** Administrators record and correct meetings; every change is audited. */
public interface MeetingEditing {

    /**
     * A meeting as its form shows it, with its version.
     *
     * @throws fr.gouv.sante.jalons.shared.NotFoundException no such meeting
     */
    MeetingChange meeting(CurrentUser admin, long id);

    /** The periods whose bilan a meeting may have presented: the published ones, newest first. */
    List<String> bilanPeriods(CurrentUser admin);

    /**
     * Records a new meeting.
     *
     * @return its id
     * @throws fr.gouv.sante.jalons.shared.InputRefused what was typed breaks a rule; nothing saved
     */
    long create(CurrentUser admin, MeetingChange meeting);

    /**
     * Changes a meeting.
     *
     * @throws fr.gouv.sante.jalons.shared.InputRefused what was typed breaks a rule; nothing saved
     * @throws fr.gouv.sante.jalons.shared.StaleVersion someone saved it since {@code change.version()}; nothing saved
     */
    void update(CurrentUser admin, long id, MeetingChange change);
}
