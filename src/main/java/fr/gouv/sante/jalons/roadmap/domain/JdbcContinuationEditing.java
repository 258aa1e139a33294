package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.roadmap.ContinuationEditing;
import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The continuations of the current roadmap's objectives. A link is a row, added or removed whole, so
 * two administrators at once cannot overwrite each other: the second addition of the same link is
 * refused as already recorded, the second removal finds nothing to remove.
 */
@Service
class JdbcContinuationEditing implements ContinuationEditing {

    static final String ROADMAP_FIELD = "continuedRoadmap";
    static final String CODE_FIELD = "continuedCode";

    private final RoadmapEditingSupport support;
    private final RoadmapReadRepository roadmaps;
    private final ContinuationRows rows;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    JdbcContinuationEditing(
            RoadmapEditingSupport support,
            RoadmapReadRepository roadmaps,
            ContinuationRows rows,
            JdbcClient jdbc,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.support = support;
        this.roadmaps = roadmaps;
        this.rows = rows;
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public ContinuationChoices choices(CurrentUser admin, ObjectiveCode code) {
        policy.requireAdmin(admin);
        return transaction.execute(tx -> {
            Objective objective = support.find(code);
            return new ContinuationChoices(
                    objective.getCode(), rows.ofAnyState(objective.getId()).continues(), earlierRoadmaps());
        });
    }

    @Override
    public void add(
            CurrentUser admin, ObjectiveCode code, @Nullable String roadmapSlug, @Nullable String continuedCode) {
        policy.requireAdmin(admin);
        transaction.executeWithoutResult(tx -> {
            Objective objective = support.find(code);
            Target target = target(roadmapSlug, continuedCode);
            List<String> before = references(objective);
            int added = jdbc.sql("""
                            insert into objective_continuation
                                (objective_id, roadmap_id, continued_objective_id, continued_roadmap_id)
                            values (:objective, :roadmap, :continued, :continuedRoadmap)
                            on conflict do nothing""")
                    .param("objective", objective.getId())
                    .param("roadmap", objective.getRoadmapId())
                    .param("continued", target.objectiveId())
                    .param("continuedRoadmap", target.roadmapId())
                    .update();
            if (added == 0) {
                throw new StructureRejected(Map.of(CODE_FIELD, "continuation.duplicate"));
            }
            recorded(admin, objective, RoadmapAudit.Action.CONTINUATION_ADDED, before);
        });
    }

    @Override
    public void remove(CurrentUser admin, ObjectiveCode code, String roadmapSlug, String continuedCode) {
        policy.requireAdmin(admin);
        transaction.executeWithoutResult(tx -> {
            Objective objective = support.find(code);
            Optional<Target> target = find(roadmapSlug, continuedCode);
            List<String> before = references(objective);
            int removed = target.map(found -> jdbc.sql("""
                                    delete from objective_continuation
                                    where objective_id = :objective and continued_objective_id = :continued""")
                            .param("objective", objective.getId())
                            .param("continued", found.objectiveId())
                            .update())
                    .orElse(0);
            if (removed > 0) {
                recorded(admin, objective, RoadmapAudit.Action.CONTINUATION_REMOVED, before);
            }
        });
    }

    /** The public roadmaps begun before the current one: those whose items the current one may continue. */
    private List<RoadmapSummary> earlierRoadmaps() {
        RoadmapSummary current =
                roadmaps.findCurrentRoadmap().orElseThrow(() -> new NotFoundException("roadmap", "CURRENT"));
        return roadmaps.findRoadmaps(List.of(RoadmapState.ARCHIVED)).stream()
                .filter(roadmap -> roadmap.startYear() < current.startYear())
                .toList();
    }

    /** The item typed, checked field by field; every problem is named at once. */
    private Target target(@Nullable String roadmapSlug, @Nullable String continuedCode) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<Object>> arguments = new LinkedHashMap<>();
        String slug = roadmapSlug == null ? "" : roadmapSlug.strip();
        String typed = continuedCode == null ? "" : continuedCode.strip();
        Optional<RoadmapSummary> roadmap = earlierRoadmaps().stream()
                .filter(candidate -> candidate.slug().equals(slug))
                .findFirst();
        if (slug.isEmpty()) {
            errors.put(ROADMAP_FIELD, "continuation.roadmap.required");
        } else if (roadmap.isEmpty()) {
            errors.put(ROADMAP_FIELD, "continuation.roadmap.invalid");
        }
        Optional<Target> target = Optional.empty();
        if (typed.isEmpty()) {
            errors.put(CODE_FIELD, "continuation.code.required");
        } else if (!ObjectiveCode.isValid(typed)) {
            errors.put(CODE_FIELD, "continuation.code.invalid");
        } else if (roadmap.isPresent()) {
            target = find(slug, typed);
            if (target.isEmpty()) {
                errors.put(CODE_FIELD, "continuation.code.unknown");
                arguments.put(CODE_FIELD, List.of(typed, roadmap.get().title()));
            }
        }
        if (!errors.isEmpty()) {
            throw new StructureRejected(errors, arguments);
        }
        return target.orElseThrow();
    }

    private Optional<Target> find(String roadmapSlug, String continuedCode) {
        if (roadmapSlug == null || !ObjectiveCode.isValid(continuedCode)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select o.id, o.roadmap_id from objective o join roadmap r on r.id = o.roadmap_id
                        where r.slug = :slug and o.code = :code and r.state <> 'CURRENT'""")
                .param("slug", roadmapSlug)
                .param("code", continuedCode)
                .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    private List<String> references(Objective objective) {
        return new ArrayList<>(rows.ofAnyState(objective.getId()).continues().stream()
                .map(Continuations.Link::reference)
                .toList());
    }

    /** An empty list is written as no value, so that the history reads "set" and "cleared" rather than "[] → …". */
    private void recorded(CurrentUser admin, Objective objective, RoadmapAudit.Action action, List<String> before) {
        List<String> after = references(objective);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("continues", before.isEmpty() ? null : before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("continues", after.isEmpty() ? null : after);
        events.publishEvent(new ChangeRecorded(
                admin.id(),
                admin.label(),
                RoadmapAudit.Entity.OBJECTIVE.name(),
                objective.getCode(),
                objective.getId(),
                action.name(),
                was,
                now));
        events.publishEvent(new PublicContentChanged("continuations of objective " + objective.getCode()));
    }

    private record Target(long objectiveId, long roadmapId) {}
}
