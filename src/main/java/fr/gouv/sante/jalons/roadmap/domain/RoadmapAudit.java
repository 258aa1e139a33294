package fr.gouv.sante.jalons.roadmap.domain;

/**
 * The roadmap's words in the audit trail. Each constant's name is what is stored ({@code
 * audit_event.entity_type}, {@code audit_event.action}): renaming one would orphan the rows already
 * written, and the history's French sentences ({@code history.headline.<entity>.<action>}).
 */
final class RoadmapAudit {

    private RoadmapAudit() {}

    /** What an entry is about: an objective, or a roadmap as a whole (by its slug). */
    enum Entity {
        OBJECTIVE,
        ROADMAP
    }

    /** What happened to it. */
    enum Action {
        CHANGED,
        REBASELINED,
        INDICATORS_CHANGED,
        CREATED,
        STATE_CHANGED,
        STRUCTURE_IMPORTED,
        CONTINUATION_ADDED,
        CONTINUATION_REMOVED
    }
}
