package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.opendata.OpenDataResources.AxisRef;
import fr.gouv.sante.jalons.opendata.OpenDataResources.MilestoneResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.PriorityRef;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON documents of {@code /api/v1/roadmaps} (contract v1: fields may be added, never renamed).
 * Links are paths on this site.
 */
final class RoadmapResources {

    private RoadmapResources() {}

    /**
     * A public roadmap. {@code state}: {@code current} (the one {@code /api/v1/objectives} and today's
     * pages show) or {@code archived} (public, read-only); {@code objectives}: how many Jalons holds.
     */
    record RoadmapResource(String slug, String title, Period period, String state, int objectives, Links links) {}

    /**
     * The years the roadmap covers.
     *
     * @param note how they were established when no document states them whole, else null
     */
    record Period(int start, int end, @Nullable String note) {}

    /** Where to read it: its home page, its objectives in JSON and in CSV. */
    record Links(String page, String objectives, String csv) {}

    /**
     * An objective of an archived roadmap, as its documents set it: no status, since nobody reports on
     * an archived roadmap in Jalons. {@code owners} in the document's order; {@code pilot} the owner
     * the DNS designated, null when none is.
     */
    record RoadmapObjectiveResource(
            String roadmap,
            String code,
            String title,
            String target,
            LocalDate deadline,
            String deadlinePrecision,
            String deadlineLabel,
            AxisRef axis,
            PriorityRef priority,
            List<String> owners,
            @Nullable String pilot,
            String page) {}

    /**
     * {@code GET /api/v1/roadmaps/{slug}/objectives/{code}}: the objective with its dated milestones,
     * the items of earlier roadmaps it continues ({@code continues}) and the objectives of later
     * roadmaps that continue it ({@code continuedBy}).
     */
    record RoadmapObjectiveDetailResource(
            String roadmap,
            String code,
            String title,
            String target,
            LocalDate deadline,
            String deadlinePrecision,
            String deadlineLabel,
            AxisRef axis,
            PriorityRef priority,
            List<String> owners,
            @Nullable String pilot,
            String page,
            List<MilestoneResource> milestones,
            List<ContinuationResource> continues,
            List<ContinuationResource> continuedBy) {}

    /** An objective of another roadmap, named by its roadmap's slug and its code, with its page and JSON. */
    record ContinuationResource(String roadmap, String code, String title, String page, String api) {}
}
