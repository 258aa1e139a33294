package fr.gouv.sante.jalons.roadmap;

import java.util.List;

/**
 * The links between an objective and items of other roadmaps: {@code continues}, the items of earlier
 * roadmaps it carries on ("Prolonge"), and {@code continuedBy}, the objectives of later roadmaps that
 * carry it on ("Prolongé par"). Each list in the roadmaps' order, then the items'.
 */
public record Continuations(List<Link> continues, List<Link> continuedBy) {

    public static final Continuations NONE = new Continuations(List.of(), List.of());

    public Continuations {
        continues = List.copyOf(continues);
        continuedBy = List.copyOf(continuedBy);
    }

    public boolean isEmpty() {
        return continues.isEmpty() && continuedBy.isEmpty();
    }

    /** An objective of another roadmap, named by its roadmap's slug and its own code. */
    public record Link(String roadmapSlug, String roadmapTitle, RoadmapState roadmapState, String code, String title) {

        /** The reference the audit trail and the API write: {@code masante-2022/3-1}. */
        public String reference() {
            return roadmapSlug + "/" + code;
        }
    }
}
