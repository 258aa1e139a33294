package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.roadmap.AxisSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current roadmap, chosen by its state in each query (never by a setting nor a remembered id): the
 * DNS may make another roadmap current, and every page, the campaign and the API follow at once.
 */
@Service
@Transactional(readOnly = true)
class JpaRoadmapQueries implements RoadmapQueries {

    private final RoadmapReadRepository repository;
    private final RoadmapRecords records;

    JpaRoadmapQueries(RoadmapReadRepository repository, RoadmapRecords records) {
        this.repository = repository;
        this.records = records;
    }

    @Override
    public RoadmapSummary roadmap() {
        return repository.findCurrentRoadmap().orElseThrow(() -> new NotFoundException("roadmap", "CURRENT"));
    }

    @Override
    public List<ObjectiveSummary> objectives() {
        return records.objectives(repository.findCurrentObjectives(), repository.findCurrentOwners());
    }

    @Override
    public Optional<ObjectiveDetails> objective(ObjectiveCode code) {
        return repository.findCurrentObjective(code.toString()).map(records::details);
    }

    @Override
    public Set<String> objectivesMatching(String query) {
        return Set.copyOf(repository.findCurrentCodesMatching(query));
    }

    @Override
    public Map<Long, IndicatorLabel> indicatorLabels() {
        Map<Long, IndicatorLabel> labels = new LinkedHashMap<>();
        repository.findAllIndicators().forEach(row -> labels.put(row.id(), new IndicatorLabel(row.name(), row.unit())));
        return labels;
    }

    @Override
    public List<AxisSummary> axes() {
        return RoadmapRecords.axes(repository.findCurrentObjectives(), repository.findCurrentPriorities());
    }
}
