package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.roadmap.AxisSummary;
import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.PublicRoadmapQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository.CountRow;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every public roadmap by its slug; a draft's slug answers as an unknown one. */
@Service
@Transactional(readOnly = true)
class JpaPublicRoadmapQueries implements PublicRoadmapQueries {

    private static final List<RoadmapState> PUBLIC = List.of(RoadmapState.CURRENT, RoadmapState.ARCHIVED);

    private final RoadmapReadRepository repository;
    private final RoadmapRecords records;
    private final ContinuationRows continuations;

    JpaPublicRoadmapQueries(RoadmapReadRepository repository, RoadmapRecords records, ContinuationRows continuations) {
        this.repository = repository;
        this.records = records;
        this.continuations = continuations;
    }

    @Override
    public List<RoadmapListing> roadmaps() {
        Map<Long, Long> counts = repository.countObjectives().stream()
                .collect(Collectors.toMap(CountRow::roadmapId, CountRow::objectives));
        return repository.findRoadmaps(PUBLIC).stream()
                .map(roadmap -> new RoadmapListing(roadmap, Math.toIntExact(counts.getOrDefault(roadmap.id(), 0L))))
                .toList();
    }

    @Override
    public Optional<RoadmapSummary> roadmap(String slug) {
        return repository.findRoadmap(slug).filter(roadmap -> roadmap.state().isPublic());
    }

    @Override
    public List<ObjectiveSummary> objectives(String slug) {
        String known = publicSlug(slug);
        return records.objectives(repository.findObjectives(known), repository.findOwners(known));
    }

    @Override
    public Optional<ObjectiveDetails> objective(String slug, ObjectiveCode code) {
        return roadmap(slug)
                .flatMap(roadmap -> repository.findObjective(slug, code.toString()))
                .map(records::details);
    }

    @Override
    public List<AxisSummary> axes(String slug) {
        String known = publicSlug(slug);
        return RoadmapRecords.axes(repository.findObjectives(known), repository.findPriorities(known));
    }

    @Override
    public Continuations continuations(long objectiveId) {
        return continuations.of(objectiveId);
    }

    private String publicSlug(String slug) {
        return roadmap(slug).map(RoadmapSummary::slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
    }
}
