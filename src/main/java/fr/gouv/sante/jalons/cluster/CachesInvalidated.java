package fr.gouv.sante.jalons.cluster;

/**
 * Every node's caches must be dropped: published on each node (the sender too) when a cache
 * notification arrives, and when the listener reconnects after an outage (it may have missed some).
 * Spring's caches are already cleared when this is published; listen to it to clear any other cache.
 */
public record CachesInvalidated(String reason) {}
