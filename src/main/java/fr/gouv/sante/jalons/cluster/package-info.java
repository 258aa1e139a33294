/**
 * Several application nodes on one PostgreSQL: a publication, a correction or a change of structure on
 * one node clears every node's in-memory caches within seconds, through PostgreSQL {@code LISTEN/NOTIFY}
 * on the channel {@value fr.gouv.sante.jalons.cluster.CacheNotifications#CHANNEL}. Other modules clear
 * the caches they hold outside Spring's {@code CacheManager} on {@link fr.gouv.sante.jalons.cluster.CachesInvalidated}.
 */
@ApplicationModule(allowedDependencies = {"publication", "roadmap"})
package fr.gouv.sante.jalons.cluster;

import org.springframework.modulith.ApplicationModule;
