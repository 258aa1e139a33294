package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.campaign.ReportState;

/** The workflow does not allow this action from the report's current state (e.g. editing a submitted report). */
public class IllegalReportTransition extends RuntimeException {

    IllegalReportTransition(ReportState state, String action) {
        super("Cannot " + action + " a report in state " + state);
    }
}
