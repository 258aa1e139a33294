package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.roadmap.StructureImport;
import fr.gouv.sante.jalons.roadmap.StructureImportPreview;
import fr.gouv.sante.jalons.roadmap.StructureImportPreview.Counts;
import fr.gouv.sante.jalons.roadmap.StructureImportPreview.Problem;
import fr.gouv.sante.jalons.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a structure file ({@link StructureSheet}), checks it ({@link StructureRows}) against the
 * roadmap and the organisations as they are, and writes it all in one transaction. The roadmap's row
 * is locked while it is written, so that two imports into it cannot both pass the "no objective yet"
 * check.
 */
@Service
class JpaStructureImport implements StructureImport {

    static final int MAX_FILE_NAME = 200;

    private final RoadmapRepository roadmaps;
    private final OrganisationQueries organisations;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    JpaStructureImport(
            RoadmapRepository roadmaps,
            OrganisationQueries organisations,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.roadmaps = roadmaps;
        this.organisations = organisations;
        this.policy = policy;
        this.events = events;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The preview, and what to create when it can be applied. */
    private record Reading(StructureImportPreview preview, List<StructureRows.Planned> plan) {}

    @Override
    public StructureImportPreview preview(CurrentUser admin, String slug, String fileName, byte[] content) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            Roadmap roadmap = roadmaps.findBySlug(slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
            return read(roadmap, fileName, content, List.of()).preview();
        });
    }

    @Override
    public StructureImportPreview apply(
            CurrentUser admin, String slug, String fileName, byte[] content, String sha256) {
        policy.requireAdmin(admin);
        return transaction.execute(tx -> {
            Roadmap roadmap = roadmaps.lockBySlug(slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
            List<Problem> changed = sha256(content).equalsIgnoreCase(String.valueOf(sha256))
                    ? List.of()
                    : List.of(new Problem(null, null, null, "roadmap.import.changed", List.of()));
            Reading reading = read(roadmap, fileName, content, changed);
            if (!reading.preview().applicable()) {
                throw new fr.gouv.sante.jalons.roadmap.StructureImportRefused(reading.preview());
            }
            write(roadmap, reading.plan());
            Counts counts = reading.preview().counts();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("fileName", reading.preview().fileName());
            after.put("sha256", reading.preview().sha256());
            after.put("newAxes", counts.newAxes());
            after.put("newPriorities", counts.newPriorities());
            after.put("importedObjectives", counts.objectives());
            events.publishEvent(
                    JpaRoadmapLifecycle.audit(admin, roadmap, RoadmapAudit.Action.STRUCTURE_IMPORTED, null, after));
            if (roadmap.getState() != RoadmapState.DRAFT) {
                events.publishEvent(new PublicContentChanged("structure of roadmap " + slug + " imported"));
            }
            return reading.preview();
        });
    }

    /** The file read and checked against the roadmap as it is; {@code first} are problems found before. */
    private Reading read(Roadmap roadmap, String fileName, byte[] content, List<Problem> first) {
        List<Problem> problems = new ArrayList<>(first);
        problems.addAll(roadmapProblems(roadmap));
        String name = fileName(fileName);
        StructureRows.Checked checked;
        try {
            StructureSheet.Table table = StructureSheet.read(name, content);
            checked = rows(roadmap).check(table);
        } catch (StructureSheet.Unreadable e) {
            checked = new StructureRows.Checked(
                    Counts.none(),
                    List.of(),
                    List.of(new Problem(null, null, null, e.messageKey(), e.arguments())),
                    List.of());
        }
        problems.addAll(checked.problems());
        StructureImportPreview preview = new StructureImportPreview(
                roadmap.getSlug(),
                roadmap.getTitle(),
                name,
                content == null ? "" : sha256(content),
                checked.counts(),
                checked.objectives(),
                problems);
        return new Reading(preview, problems.isEmpty() ? checked.plan() : List.of());
    }

    /** Only a roadmap the public does not see as current, and that has no objective yet, takes an import. */
    private List<Problem> roadmapProblems(Roadmap roadmap) {
        List<Problem> problems = new ArrayList<>();
        if (roadmap.getState() == RoadmapState.CURRENT) {
            problems.add(new Problem(null, null, null, "roadmap.import.roadmap.current", List.of(roadmap.getTitle())));
        }
        long objectives = roadmaps.countObjectives(roadmap.getId());
        if (objectives > 0) {
            problems.add(new Problem(
                    null,
                    null,
                    null,
                    "roadmap.import.roadmap.objectives",
                    List.of(roadmap.getTitle(), String.valueOf(objectives))));
        }
        return problems;
    }

    /** The checks, knowing the roadmap's axes and priorities and the organisations by upper-case acronym. */
    private StructureRows rows(Roadmap roadmap) {
        Map<Integer, String> axes =
                roadmaps.findAxes(roadmap.getId()).stream().collect(Collectors.toMap(Axis::getNumber, Axis::getName));
        Map<Integer, StructureRows.Existing> priorities = roadmaps.findPriorities(roadmap.getId()).stream()
                .collect(Collectors.toMap(
                        Priority::getNumber,
                        p -> new StructureRows.Existing(p.getAxis().getNumber(), p.getTitle())));
        Map<String, OrganisationSummary> byAcronym = organisations.all().stream()
                .collect(Collectors.toMap(o -> o.acronym().toUpperCase(Locale.ROOT), Function.identity()));
        return new StructureRows(axes, priorities, byAcronym);
    }

    /** Axes and priorities the roadmap does not have yet, then each objective with its owners, the pilot first. */
    private void write(Roadmap roadmap, List<StructureRows.Planned> plan) {
        Map<Integer, Axis> axes = roadmaps.findAxes(roadmap.getId()).stream()
                .collect(Collectors.toMap(Axis::getNumber, Function.identity()));
        Map<Integer, Priority> priorities = roadmaps.findPriorities(roadmap.getId()).stream()
                .collect(Collectors.toMap(Priority::getNumber, Function.identity()));
        for (StructureRows.Planned planned : plan) {
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
            List<Long> owners =
                    planned.owners().stream().map(OrganisationSummary::id).toList();
            objective.addOwners(owners);
            objective.designatePilot(owners.get(0));
        }
        entityManager.flush();
    }

    /**
     * The file's name as the audit trail and the pages show it: without the folders some browsers
     * send, without control characters, shortened.
     */
    static String fileName(String typed) {
        String name = typed == null ? "" : typed.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
