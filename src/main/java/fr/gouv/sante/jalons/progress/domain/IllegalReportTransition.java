package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.progress.ReportState;

/** The workflow does not allow this action from the report's current state (e.g. editing a submitted report). */
public class IllegalReportTransition extends RuntimeException {

    private final ReportState state;

    IllegalReportTransition(ReportState state, String action) {
        super("Cannot " + action + " a report in state " + state);
        this.state = state;
    }

    public ReportState state() {
        return state;
    }
}
