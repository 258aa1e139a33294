package fr.gouv.sante.jalons.dashboard;

import java.util.List;

/**
 * The public objective list's search and filters, for other views of the same list (the CSV export
 * of exactly what a visitor sees): the same rules, a value that means nothing ignored.
 */
public interface ObjectiveSearch {

    /** The codes of the objectives the filter keeps, in the order it asks for. */
    List<String> codes(ObjectiveFilter filter);
}
