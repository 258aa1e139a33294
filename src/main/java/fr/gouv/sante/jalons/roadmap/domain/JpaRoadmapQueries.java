package fr.gouv.sante.jalons.roadmap.domain;

import static java.util.stream.Collectors.groupingBy;

import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.AxisSummary;
import fr.gouv.sante.jalons.roadmap.AxisSummary.PrioritySummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.Milestone;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.TargetValue;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary.AxisRef;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary.OwnerRef;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary.PriorityRef;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries.IndicatorLabel;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository.ObjectiveRow;
import fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository.OwnerRow;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaRoadmapQueries implements RoadmapQueries {

    private static final Comparator<ObjectiveRow> ROADMAP_ORDER = Comparator.comparingInt(ObjectiveRow::axisNumber)
            .thenComparingInt(ObjectiveRow::priorityNumber)
            .thenComparing(row -> ObjectiveCode.parse(row.code()));

    private final RoadmapReadRepository repository;
    private final OrganisationQueries organisations;
    private final String roadmapCode;

    JpaRoadmapQueries(RoadmapReadRepository repository, OrganisationQueries organisations, RoadmapProperties roadmap) {
        this.repository = repository;
        this.organisations = organisations;
        this.roadmapCode = roadmap.code();
    }

    @Override
    public RoadmapSummary roadmap() {
        return repository.findRoadmap(roadmapCode).orElseThrow(() -> new NotFoundException("roadmap", roadmapCode));
    }

    @Override
    public List<ObjectiveSummary> objectives() {
        Map<Long, List<OwnerRow>> owners =
                repository.findOwners(roadmapCode).stream().collect(groupingBy(OwnerRow::objectiveId));
        Map<Long, OrganisationSummary> organisationsById = organisationsById();
        return repository.findObjectives(roadmapCode).stream()
                .sorted(ROADMAP_ORDER)
                .map(row -> summary(row, owners.getOrDefault(row.id(), List.of()), organisationsById))
                .toList();
    }

    @Override
    public Optional<ObjectiveDetails> objective(ObjectiveCode code) {
        return repository.findObjective(roadmapCode, code.toString()).map(row -> {
            ObjectiveSummary summary = summary(row, repository.findOwners(row.id()), organisationsById());
            List<RoadmapReadRepository.TargetRow> targets = repository.findTargets(row.id());
            List<IndicatorDetails> indicators = repository.findIndicators(row.id()).stream()
                    .map(indicator -> new IndicatorDetails(
                            indicator.id(),
                            indicator.name(),
                            indicator.unit(),
                            indicator.direction().name(),
                            indicator.maxValue(),
                            indicator.baselineValue() == null
                                    ? null
                                    : new TargetValue(indicator.baselineValue(), indicator.baselineDate()),
                            targets.stream()
                                    .filter(target ->
                                            Long.valueOf(indicator.id()).equals(target.indicatorId()))
                                    .map(target -> new TargetValue(target.value(), target.dueDate()))
                                    .toList()))
                    .toList();
            List<Milestone> milestones = targets.stream()
                    .map(target ->
                            new Milestone(target.dueDate(), target.description(), target.indicatorId(), target.value()))
                    .toList();
            return new ObjectiveDetails(summary, milestones, indicators, repository.findRebaselinings(row.id()));
        });
    }

    @Override
    public Set<String> objectivesMatching(String query) {
        return Set.copyOf(repository.findCodesMatching(roadmapCode, query));
    }

    @Override
    public Map<Long, IndicatorLabel> indicatorLabels() {
        Map<Long, IndicatorLabel> labels = new LinkedHashMap<>();
        repository.findAllIndicators().forEach(row -> labels.put(row.id(), new IndicatorLabel(row.name(), row.unit())));
        return labels;
    }

    @Override
    public List<AxisSummary> axes() {
        Map<Integer, List<String>> codesByPriority = new LinkedHashMap<>();
        for (ObjectiveRow row : repository.findObjectives(roadmapCode).stream()
                .sorted(ROADMAP_ORDER)
                .toList()) {
            codesByPriority
                    .computeIfAbsent(row.priorityNumber(), number -> new ArrayList<>())
                    .add(row.code());
        }
        Map<Integer, AxisBuilder> axes = new LinkedHashMap<>();
        for (RoadmapReadRepository.PriorityRow row : repository.findPriorities(roadmapCode)) {
            axes.computeIfAbsent(row.axisNumber(), number -> new AxisBuilder(number, row.axisName()))
                    .priorities
                    .add(new PrioritySummary(
                            row.priorityNumber(),
                            row.priorityTitle(),
                            codesByPriority.getOrDefault(row.priorityNumber(), List.of())));
        }
        return axes.values().stream()
                .map(axis -> new AxisSummary(axis.number, axis.name, axis.priorities))
                .toList();
    }

    private Map<Long, OrganisationSummary> organisationsById() {
        return organisations.allById();
    }

    private static ObjectiveSummary summary(
            ObjectiveRow row, List<OwnerRow> owners, Map<Long, OrganisationSummary> organisationsById) {
        Long pilot = row.pilotOrganisationId();
        List<OwnerRef> ownerRefs = owners.stream()
                .sorted(Comparator.comparingInt(OwnerRow::position))
                .map(owner -> organisationsById.get(owner.organisationId()))
                .map(organisation -> new OwnerRef(organisation.acronym(), organisation.name()))
                .toList();
        return new ObjectiveSummary(
                row.id(),
                row.code(),
                row.title(),
                row.target(),
                row.deadline(),
                new AxisRef(row.axisNumber(), row.axisName()),
                new PriorityRef(row.priorityNumber(), row.priorityTitle()),
                ownerRefs,
                pilot == null
                        ? null
                        : Objects.requireNonNull(organisationsById.get(pilot)).acronym());
    }

    private static final class AxisBuilder {
        private final int number;
        private final String name;
        private final List<PrioritySummary> priorities = new ArrayList<>();

        private AxisBuilder(int number, String name) {
            this.number = number;
            this.name = name;
        }
    }
}
