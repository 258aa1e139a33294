package fr.gouv.sante.jalons.backoffice.web;

/**
 * The report form's buttons, by the {@code action} value they post (report-form.html, conflict.html):
 * preview the narrative, save a draft, or save and submit. Anything else saves a draft, as the form
 * does when no button is named (Enter in a field).
 */
enum ReportFormAction {
    PREVIEW("apercu"),
    DRAFT("brouillon"),
    SUBMIT("soumettre");

    private final String parameter;

    ReportFormAction(String parameter) {
        this.parameter = parameter;
    }

    static ReportFormAction of(String parameter) {
        for (ReportFormAction action : values()) {
            if (action.parameter.equals(parameter)) {
                return action;
            }
        }
        return DRAFT;
    }
}
