package fr.gouv.sante.jalons.roadmap.domain;

/**
 * The roadmap's words in the audit trail. Each constant's name is what is stored ({@code
 * audit_event.entity_type}, {@code audit_event.action}): renaming one would orphan the rows already
 * written.
 */
final class RoadmapAudit {

    private RoadmapAudit() {}

    /** What an entry is about. */
    enum Entity {
        OBJECTIVE
    }

    /** What happened to it. */
    enum Action {
        CHANGED,
        REBASELINED,
        INDICATORS_CHANGED,
        CONTINUATION_ADDED,
        CONTINUATION_REMOVED
    }
}
