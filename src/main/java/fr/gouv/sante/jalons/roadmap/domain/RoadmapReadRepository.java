package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.Deadline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The read side of the roadmap: flat projections, one query per kind of row, so that a listing costs
 * the same number of SQL statements whatever the number of objectives.
 */
interface RoadmapReadRepository extends Repository<Objective, Long> {

    /** Rows of the current roadmap: the one today's public URLs, the campaign and the API show. */
    String CURRENT = " r.state = fr.gouv.sante.jalons.roadmap.RoadmapState.CURRENT";

    /** Rows of the roadmap named by its slug, whatever its state: callers decide what is public. */
    String SLUG = " r.slug = :slug";

    String ROADMAPS = """
            select new fr.gouv.sante.jalons.roadmap.RoadmapSummary(
                r.id, r.code, r.title, r.startYear, r.endYear, r.slug, r.state, r.periodNote)
            from Roadmap r where""";

    String OBJECTIVES = """
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$ObjectiveRow(
                o.id, o.code, o.title, o.target, o.deadline, o.deadlinePrecision, a.number, a.name, p.number,
                p.title, o.pilotOrganisationId)
            from Objective o join o.priority p join p.axis a join a.roadmap r
            where""";

    String OWNERS = """
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$OwnerRow(
                ow.objective.id, ow.key.organisationId, ow.position)
            from ObjectiveOwner ow join ow.objective o join o.priority p join p.axis a join a.roadmap r
            where""";

    String PRIORITIES = """
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$PriorityRow(
                a.number, a.name, p.number, p.title)
            from Priority p join p.axis a join a.roadmap r
            where""";

    @Query(ROADMAPS + CURRENT)
    Optional<RoadmapSummary> findCurrentRoadmap();

    @Query(ROADMAPS + SLUG)
    Optional<RoadmapSummary> findRoadmap(String slug);

    @Query(ROADMAPS + " r.state in :states order by r.startYear desc, r.endYear desc, r.id")
    List<RoadmapSummary> findRoadmaps(java.util.Collection<fr.gouv.sante.jalons.roadmap.RoadmapState> states);

    /** The number of objectives of each roadmap that has any. */
    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$CountRow(a.roadmap.id, count(o))
            from Objective o join o.priority p join p.axis a group by a.roadmap.id""")
    List<CountRow> countObjectives();

    @Query(OBJECTIVES + CURRENT)
    List<ObjectiveRow> findCurrentObjectives();

    @Query(OBJECTIVES + SLUG)
    List<ObjectiveRow> findObjectives(String slug);

    @Query(OBJECTIVES + CURRENT + " and o.code = :code")
    Optional<ObjectiveRow> findCurrentObjective(String code);

    @Query(OBJECTIVES + SLUG + " and o.code = :code")
    Optional<ObjectiveRow> findObjective(String slug, String code);

    @Query(OWNERS + CURRENT + " order by ow.objective.id, ow.position")
    List<OwnerRow> findCurrentOwners();

    @Query(OWNERS + SLUG + " order by ow.objective.id, ow.position")
    List<OwnerRow> findOwners(String slug);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$OwnerRow(
                ow.objective.id, ow.key.organisationId, ow.position)
            from ObjectiveOwner ow where ow.objective.id = :objectiveId order by ow.position""")
    List<OwnerRow> findOwners(long objectiveId);

    @Query(PRIORITIES + CURRENT + " order by a.number, p.number")
    List<PriorityRow> findCurrentPriorities();

    @Query(PRIORITIES + SLUG + " order by a.number, p.number")
    List<PriorityRow> findPriorities(String slug);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$IndicatorRow(
                i.id, i.name, i.unit, i.direction, i.maxValue, i.baselineValue, i.baselineDate)
            from Indicator i where i.objective.id = :objectiveId order by i.position""")
    List<IndicatorRow> findIndicators(long objectiveId);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$IndicatorRow(
                i.id, i.name, i.unit, i.direction, i.maxValue, i.baselineValue, i.baselineDate)
            from Indicator i""")
    List<IndicatorRow> findAllIndicators();

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$TargetRow(
                t.dueDate, t.duePrecision, t.description, t.indicatorId, t.value)
            from ObjectiveTarget t where t.objective.id = :objectiveId order by t.dueDate, t.position""")
    List<TargetRow> findTargets(long objectiveId);

    @Query(nativeQuery = true, value = """
            select o.code from objective o join roadmap r on r.id = o.roadmap_id
            where r.state = 'CURRENT' and o.search_vector @@ websearch_to_tsquery('french_unaccent', :query)""")
    List<String> findCurrentCodesMatching(String query);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$BaselineRow(
                b.changedAt, b.reason, b.previousTarget, b.previousDeadline, b.previousDeadlinePrecision,
                b.newTarget, b.newDeadline, b.newDeadlinePrecision)
            from ObjectiveBaseline b where b.objectiveId = :objectiveId order by b.changedAt, b.id""")
    List<BaselineRow> findRebaselinings(long objectiveId);

    record ObjectiveRow(
            long id,
            String code,
            String title,
            String target,
            LocalDate deadlineDate,
            Deadline.Precision deadlinePrecision,
            int axisNumber,
            String axisName,
            int priorityNumber,
            String priorityTitle,
            @Nullable Long pilotOrganisationId) {

        Deadline deadline() {
            return new Deadline(deadlineDate, deadlinePrecision);
        }
    }

    record OwnerRow(long objectiveId, long organisationId, int position) {}

    record CountRow(long roadmapId, long objectives) {}

    record PriorityRow(int axisNumber, String axisName, int priorityNumber, String priorityTitle) {}

    record IndicatorRow(
            long id,
            String name,
            String unit,
            Indicator.Direction direction,
            BigDecimal maxValue,
            BigDecimal baselineValue,
            LocalDate baselineDate) {}

    record BaselineRow(
            java.time.Instant changedAt,
            String reason,
            String previousTarget,
            LocalDate previousDeadline,
            Deadline.Precision previousDeadlinePrecision,
            String newTarget,
            LocalDate newDeadline,
            Deadline.Precision newDeadlinePrecision) {

        fr.gouv.sante.jalons.roadmap.ObjectiveDetails.Rebaselining rebaselining() {
            return new fr.gouv.sante.jalons.roadmap.ObjectiveDetails.Rebaselining(
                    changedAt,
                    reason,
                    previousTarget,
                    new Deadline(previousDeadline, previousDeadlinePrecision),
                    newTarget,
                    new Deadline(newDeadline, newDeadlinePrecision));
        }
    }

    record TargetRow(
            LocalDate dueDate,
            Deadline.Precision duePrecision,
            String description,
            Long indicatorId,
            BigDecimal value) {

        Deadline due() {
            return new Deadline(dueDate, duePrecision);
        }
    }
}
