package fr.gouv.sante.jalons.governance;

import java.util.List;

/** Read access to the governance bodies and their meetings. */
public interface GovernanceQueries {

    /** Every body in its order (a council before its working groups), each with its meetings, newest first. */
    List<BodySummary> bodies();

    /** Every meeting, newest first (then by body). */
    List<MeetingSummary> meetings();
}
