package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.provenance.ObjectiveSources;
import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import java.util.List;
import java.util.Map;

/**
 * One objective's page content: structure, published reports (newest first), published measurements,
 * the sources of its structure and status, and the items of other roadmaps it continues or that
 * continue it.
 */
public record PublicObjectiveDetails(
        ObjectiveDetails details,
        List<PublishedReport> reports,
        Map<Long, List<MeasurementValue>> measurementsByIndicator,
        ObjectiveSources sources,
        Continuations continuations) {

    public PublicObjectiveDetails {
        reports = List.copyOf(reports);
        measurementsByIndicator = Map.copyOf(measurementsByIndicator);
    }
}
