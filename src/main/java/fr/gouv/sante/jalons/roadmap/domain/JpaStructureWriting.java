package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.roadmap.StructureWriting;
import fr.gouv.sante.jalons.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap's side of a structure import: its rows read, locked and written here, so that the
 * import, in another module, sees only records. Each method joins the importer's transaction, which
 * holds the roadmap's lock from the check to the write.
 */
@Service
class JpaStructureWriting implements StructureWriting {

    private final RoadmapRepository roadmaps;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    JpaStructureWriting(
            RoadmapRepository roadmaps,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.roadmaps = roadmaps;
        this.policy = policy;
        this.events = events;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public StructureTarget target(CurrentUser admin, String slug, boolean lock) {
        policy.requireAdmin(admin);
        Roadmap roadmap = roadmap(slug, lock);
        Map<Integer, String> axes =
                roadmaps.findAxes(roadmap.getId()).stream().collect(Collectors.toMap(Axis::getNumber, Axis::getName));
        Map<Integer, ExistingPriority> priorities = roadmaps.findPriorities(roadmap.getId()).stream()
                .collect(Collectors.toMap(
                        Priority::getNumber,
                        p -> new ExistingPriority(p.getAxis().getNumber(), p.getTitle())));
        return new StructureTarget(
                roadmap.getSlug(),
                roadmap.getTitle(),
                roadmap.getState(),
                roadmaps.countObjectives(roadmap.getId()),
                axes,
                priorities);
    }

    /** Axes and priorities the roadmap does not have yet, then each objective with its owners, the pilot first. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void create(CurrentUser admin, String slug, List<NewObjective> objectives, ImportedFile file) {
        policy.requireAdmin(admin);
        Roadmap roadmap = roadmap(slug, true);
        Map<Integer, Axis> axes = roadmaps.findAxes(roadmap.getId()).stream()
                .collect(Collectors.toMap(Axis::getNumber, Function.identity()));
        Map<Integer, Priority> priorities = roadmaps.findPriorities(roadmap.getId()).stream()
                .collect(Collectors.toMap(Priority::getNumber, Function.identity()));
        for (NewObjective planned : objectives) {
            Axis axis = axes.computeIfAbsent(planned.axis(), number -> {
                Axis created = new Axis(roadmap, number, planned.axisTitle());
                entityManager.persist(created);
                return created;
            });
            Priority priority = priorities.computeIfAbsent(planned.priority(), number -> {
                Priority created = new Priority(axis, number, planned.priorityTitle());
                entityManager.persist(created);
                return created;
            });
            Objective objective =
                    new Objective(priority, planned.code(), planned.title(), planned.target(), planned.deadline());
            entityManager.persist(objective);
            objective.addOwners(planned.owners());
            objective.designatePilot(planned.owners().get(0));
        }
        entityManager.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fileName", file.fileName());
        after.put("sha256", file.sha256());
        after.put("newAxes", file.newAxes());
        after.put("newPriorities", file.newPriorities());
        after.put("importedObjectives", file.objectives());
        events.publishEvent(
                JpaRoadmapLifecycle.audit(admin, roadmap, RoadmapAudit.Action.STRUCTURE_IMPORTED, null, after));
        if (roadmap.getState() != RoadmapState.DRAFT) {
            events.publishEvent(new PublicContentChanged("structure of roadmap " + slug + " imported"));
        }
    }

    private Roadmap roadmap(String slug, boolean lock) {
        return (lock ? roadmaps.lockBySlug(slug) : roadmaps.findBySlug(slug))
                .orElseThrow(() -> new NotFoundException("roadmap", slug));
    }
}
