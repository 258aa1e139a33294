package fr.gouv.sante.jalons.provenance;

import java.util.List;
import java.util.Map;

/** Read access to the source documents, to the sources of each objective's facts and to the roadmaps' facts. */
public interface SourceQueries {

    /** The source documents, in the order the sources page lists them. */
    List<SourceDocument> documents();

    /** The sources of one objective (by id); {@link ObjectiveSources#NONE} for an unknown one. */
    ObjectiveSources objective(long objectiveId);

    /** The sources of every objective, by id; a fixed number of SQL statements. */
    Map<Long, ObjectiveSources> objectives();

    /** What the documents say about a roadmap as a whole (by id), in the order they are told; one statement. */
    List<RoadmapFact> roadmapFacts(long roadmapId);
}
