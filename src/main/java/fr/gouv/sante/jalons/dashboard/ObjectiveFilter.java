package fr.gouv.sante.jalons.dashboard;

/**
 * The objective list's filters as they come in the URL, all text: a value that means nothing is
 * reported and ignored, never an error. {@code depassee=oui} keeps the overdue objectives;
 * {@code maj=non} the objectives not updated in the latest published period, {@code maj=oui} those updated;
 * {@code theme=medico-social} the objectives of a theme ({@link ObjectiveThemes}); {@code page=2} the
 * list's second page (the page sizes are the list's own).
 */
public record ObjectiveFilter(
        String statut,
        String axe,
        String priorite,
        String organisation,
        String annee,
        String depassee,
        String q,
        String tri,
        String maj,
        String theme,
        String page) {}
