package fr.gouv.sante.jalons.shared;

/**
 * Something outside the campaign that waits for the DNS, shown on the administrators' home. Other
 * modules contribute it as a bean: the campaign does not depend on them, they depend on it.
 */
public interface PendingWork {

    /** What waits now; a zero count when nothing does. */
    Item pending();

    /**
     * One kind of work waiting, with where to do it.
     *
     * @param labelKey message key taking the count as its only argument
     * @param url the page where the DNS deals with it
     */
    record Item(String labelKey, long count, String url) {}
}
