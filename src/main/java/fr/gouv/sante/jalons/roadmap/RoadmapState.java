package fr.gouv.sante.jalons.roadmap;

/**
 * Where a roadmap stands: being prepared by the DNS and not public ({@code DRAFT}), the one today's
 * public addresses show ({@code CURRENT}, one at most), or public and read-only ({@code ARCHIVED}).
 * The names are what {@code roadmap.state} stores.
 */
public enum RoadmapState {
    DRAFT,
    CURRENT,
    ARCHIVED
}
