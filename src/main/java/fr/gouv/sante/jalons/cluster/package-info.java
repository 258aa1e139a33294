/**
 * Several application nodes on one PostgreSQL, and the public caches they hold. Features announce
 * that what the public sees has changed with {@link fr.gouv.sante.jalons.cluster.PublicContentChanged};
 * {@link fr.gouv.sante.jalons.cluster.PublicCaches} alone clears the caches: this node's once the
 * change commits, the other nodes' within seconds through PostgreSQL {@code LISTEN/NOTIFY} on the
 * channel {@value fr.gouv.sante.jalons.cluster.PublicCaches#CHANNEL}. Infrastructure: it names no
 * feature, and every feature may use it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package fr.gouv.sante.jalons.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
