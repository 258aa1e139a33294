package fr.gouv.sante.jalons.provenance;

import fr.gouv.sante.jalons.publication.ReportOrigin;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the source documents, to the sources of each objective's facts and to the roadmaps' facts. */
public interface SourceQueries {

    /** The source documents, in the order the sources page lists them. */
    List<SourceDocument> documents();

    /** One document by its code (its anchor on {@code /sources}), for a page that quotes it as its source. */
    default Optional<SourceDocument> document(String code) {
        return documents().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The sources of one objective (by id); {@link ObjectiveSources#NONE} for an unknown one. */
    ObjectiveSources objective(long objectiveId);

    /**
     * The sources of one objective from rows its caller read itself (a page that reads all it shows in
     * one statement): its document uses, its published reports' origins (one per period, the public
     * revision) and the acronyms of the organisations that submitted them. No SQL.
     */
    ObjectiveSources objective(
            long objectiveId, List<DocumentUse> uses, List<ReportOrigin> origins, Map<Long, String> acronymsById);

    /** The sources of every objective, by id; a fixed number of SQL statements. */
    Map<Long, ObjectiveSources> objectives();

    /** What the documents say about a roadmap as a whole (by id), in the order they are told; one statement. */
    List<RoadmapFact> roadmapFacts(long roadmapId);
}
