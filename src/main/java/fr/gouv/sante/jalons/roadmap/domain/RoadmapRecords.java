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
import fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository.ObjectiveRow;
import fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository.OwnerRow;
import fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository.PriorityRow;
import fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository.TargetRow;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The roadmap's read records built from the repository's rows, whichever roadmap the rows were read
 * from: the current one ({@link JpaRoadmapQueries}) or any public one ({@link JpaPublicRoadmapQueries}).
 */
@Component
class RoadmapRecords {

    static final Comparator<ObjectiveRow> ROADMAP_ORDER = Comparator.comparingInt(ObjectiveRow::axisNumber)
            .thenComparingInt(ObjectiveRow::priorityNumber)
            .thenComparing(row -> ObjectiveCode.parse(row.code()));

    private final RoadmapReadRepository repository;
    private final OrganisationQueries organisations;

    RoadmapRecords(RoadmapReadRepository repository, OrganisationQueries organisations) {
        this.repository = repository;
        this.organisations = organisations;
    }

    /** The objectives of these rows in the roadmap's order, each with its owners among {@code owners}. */
    List<ObjectiveSummary> objectives(List<ObjectiveRow> rows, List<OwnerRow> owners) {
        Map<Long, List<OwnerRow>> byObjective = owners.stream().collect(groupingBy(OwnerRow::objectiveId));
        Map<Long, OrganisationSummary> organisationsById = organisations.allById();
        return rows.stream()
                .sorted(ROADMAP_ORDER)
                .map(row -> summary(row, byObjective.getOrDefault(row.id(), List.of()), organisationsById))
                .toList();
    }

    /** One objective with its owners, milestones, indicators and re-baselinings. */
    ObjectiveDetails details(ObjectiveRow row) {
        ObjectiveSummary summary = summary(row, repository.findOwners(row.id()), organisations.allById());
        List<TargetRow> targets = repository.findTargets(row.id());
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
                                .filter(target -> Long.valueOf(indicator.id()).equals(target.indicatorId()))
                                .map(target -> new TargetValue(target.value(), target.dueDate(), target.duePrecision()))
                                .toList()))
                .toList();
        List<Milestone> milestones = targets.stream()
                .map(target -> new Milestone(target.due(), target.description(), target.indicatorId(), target.value()))
                .toList();
        return new ObjectiveDetails(
                summary,
                milestones,
                indicators,
                repository.findRebaselinings(row.id()).stream()
                        .map(RoadmapReadRepository.BaselineRow::rebaselining)
                        .toList());
    }

    /** The axes of {@code priorities}, each priority with the codes of its objectives among {@code objectives}. */
    static List<AxisSummary> axes(List<ObjectiveRow> objectives, List<PriorityRow> priorities) {
        Map<Integer, List<String>> codesByPriority = new LinkedHashMap<>();
        for (ObjectiveRow row : objectives.stream().sorted(ROADMAP_ORDER).toList()) {
            codesByPriority
                    .computeIfAbsent(row.priorityNumber(), number -> new ArrayList<>())
                    .add(row.code());
        }
        Map<Integer, AxisBuilder> axes = new LinkedHashMap<>();
        for (PriorityRow row : priorities) {
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

    private static ObjectiveSummary summary(
            ObjectiveRow row, List<OwnerRow> owners, Map<Long, OrganisationSummary> organisationsById) {
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
                row.pilotOrganisationId() == null
                        ? null
                        : Objects.requireNonNull(organisationsById.get(row.pilotOrganisationId()))
                                .acronym());
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
