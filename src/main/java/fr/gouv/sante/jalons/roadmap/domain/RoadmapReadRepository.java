package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
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

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.RoadmapSummary(r.id, r.code, r.title, r.startYear, r.endYear)
            from Roadmap r where r.code = :roadmapCode""")
    Optional<RoadmapSummary> findRoadmap(String roadmapCode);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$ObjectiveRow(
                o.id, o.code, o.title, o.target, o.deadline, a.number, a.name, p.number, p.title,
                o.pilotOrganisationId)
            from Objective o join o.priority p join p.axis a join a.roadmap r
            where r.code = :roadmapCode""")
    List<ObjectiveRow> findObjectives(String roadmapCode);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$ObjectiveRow(
                o.id, o.code, o.title, o.target, o.deadline, a.number, a.name, p.number, p.title,
                o.pilotOrganisationId)
            from Objective o join o.priority p join p.axis a join a.roadmap r
            where r.code = :roadmapCode and o.code = :code""")
    Optional<ObjectiveRow> findObjective(String roadmapCode, String code);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$OwnerRow(
                ow.objective.id, ow.key.organisationId, ow.position)
            from ObjectiveOwner ow join ow.objective o join o.priority p join p.axis a join a.roadmap r
            where r.code = :roadmapCode order by ow.objective.id, ow.position""")
    List<OwnerRow> findOwners(String roadmapCode);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$OwnerRow(
                ow.objective.id, ow.key.organisationId, ow.position)
            from ObjectiveOwner ow where ow.objective.id = :objectiveId order by ow.position""")
    List<OwnerRow> findOwners(long objectiveId);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.domain.RoadmapReadRepository$PriorityRow(
                a.number, a.name, p.number, p.title)
            from Priority p join p.axis a join a.roadmap r
            where r.code = :roadmapCode order by a.number, p.number""")
    List<PriorityRow> findPriorities(String roadmapCode);

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
                t.dueDate, t.description, t.indicatorId, t.value)
            from ObjectiveTarget t where t.objective.id = :objectiveId order by t.dueDate, t.position""")
    List<TargetRow> findTargets(long objectiveId);

    @Query(nativeQuery = true, value = """
            select o.code from objective o join roadmap r on r.id = o.roadmap_id
            where r.code = :roadmapCode and o.search_vector @@ websearch_to_tsquery('french_unaccent', :query)""")
    List<String> findCodesMatching(String roadmapCode, String query);

    @Query("""
            select new fr.gouv.sante.jalons.roadmap.ObjectiveDetails$Rebaselining(
                b.changedAt, b.reason, b.previousTarget, b.previousDeadline, b.newTarget, b.newDeadline)
            from ObjectiveBaseline b where b.objectiveId = :objectiveId order by b.changedAt, b.id""")
    List<fr.gouv.sante.jalons.roadmap.ObjectiveDetails.Rebaselining> findRebaselinings(long objectiveId);

    record ObjectiveRow(
            long id,
            String code,
            String title,
            String target,
            LocalDate deadline,
            int axisNumber,
            String axisName,
            int priorityNumber,
            String priorityTitle,
            @Nullable Long pilotOrganisationId) {}

    record OwnerRow(long objectiveId, long organisationId, int position) {}

    record PriorityRow(int axisNumber, String axisName, int priorityNumber, String priorityTitle) {}

    record IndicatorRow(
            long id,
            String name,
            String unit,
            Indicator.Direction direction,
            BigDecimal maxValue,
            BigDecimal baselineValue,
            LocalDate baselineDate) {}

    record TargetRow(LocalDate dueDate, String description, Long indicatorId, BigDecimal value) {}
}
