package fr.gouv.sante.jalons.cluster;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Something the public sees has changed: a publication, a correction, a decision on a status, the
 * structure or the indicators of an objective, an edition of a bilan. A feature publishes it in the
 * transaction of the change and never clears a cache itself: once that transaction commits,
 * {@link PublicCaches} renews the public caches of this node and tells the other nodes to renew
 * theirs (nothing happens if it rolls back). Published outside a transaction, it acts at once.
 *
 * @param what the change in a few words, for the logs (e.g. {@code "publication 2 of period 7"})
 * @param caches the public caches whose content the change touches, the rendered pages aside (they
 *     are renewed with every change); null when it may touch any of them
 */
public record PublicContentChanged(String what, @Nullable Set<String> caches) {

    public PublicContentChanged {
        caches = caches == null ? null : Set.copyOf(caches);
    }

    /** A change that may touch any public cache: the usual case. */
    public PublicContentChanged(String what) {
        this(what, null);
    }

    /**
     * A change that no cached read model holds but the ones named (none: only the rendered pages show
     * it), so that the other models, costly to rebuild, stay as they are.
     */
    public static PublicContentChanged shownOnlyIn(String what, Set<String> caches) {
        return new PublicContentChanged(what, caches);
    }
}
