package fr.gouv.sante.jalons.cluster;

/**
 * Something the public sees has changed: a publication, a correction, a decision on a status, the
 * structure or the indicators of an objective, an edition of a bilan. A feature publishes it in the
 * transaction of the change and never clears a cache itself: once that transaction commits,
 * {@link PublicCaches} clears every public cache of this node and tells the other nodes to clear
 * theirs (nothing happens if it rolls back). Published outside a transaction, it acts at once.
 *
 * @param what the change in a few words, for the logs (e.g. {@code "publication 2 of period 7"})
 */
public record PublicContentChanged(String what) {}
