package fr.gouv.sante.jalons.roadmap;

/**
 * Where a roadmap stands: {@code DRAFT} while the DNS prepares it (never public), {@code CURRENT} the
 * one today's public URLs, the campaign and the API show (one at most), {@code ARCHIVED} an earlier
 * one, public and read-only under {@code /feuilles-de-route/{slug}}.
 */
public enum RoadmapState {
    DRAFT,
    CURRENT,
    ARCHIVED;

    /** Whether the public may read it. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
