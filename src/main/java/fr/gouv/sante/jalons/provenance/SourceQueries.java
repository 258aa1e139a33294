package fr.gouv.sante.jalons.provenance;

import java.util.List;
import java.util.Map;

/** Read access to the source documents and to the sources of each objective's facts. */
public interface SourceQueries {

    /** The source documents, in the order the sources page lists them. */
    List<SourceDocument> documents();

    /** The sources of one objective (by id); {@link ObjectiveSources#NONE} for an unknown one. */
    ObjectiveSources objective(long objectiveId);

    /** The sources of every objective, by id; a fixed number of SQL statements. */
    Map<Long, ObjectiveSources> objectives();
}
