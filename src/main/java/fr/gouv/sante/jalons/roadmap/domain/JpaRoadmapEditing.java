package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.roadmap.StructureChange;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An objective's title, target, deadline, owners and designated pilot; a new target or deadline is a
 * public re-baselining.
 */
@Service
class JpaRoadmapEditing implements RoadmapEditing {

    private final RoadmapEditingSupport support;
    private final StructureChecks checks;
    private final Rebaselinings rebaselinings;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    JpaRoadmapEditing(
            RoadmapEditingSupport support,
            StructureChecks checks,
            Rebaselinings rebaselinings,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.support = support;
        this.checks = checks;
        this.rebaselinings = rebaselinings;
        this.policy = policy;
        this.events = events;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public ObjectiveStructure structure(CurrentUser admin, ObjectiveCode code) {
        policy.requireAdmin(admin);
        return transaction.execute(tx -> {
            Objective objective = support.find(code);
            return new ObjectiveStructure(
                    objective.getCode(),
                    objective.getTitle(),
                    objective.getTarget(),
                    objective.deadline(),
                    support.acronyms(objective),
                    support.pilot(objective),
                    objective.getVersion());
        });
    }

    @Override
    public void update(CurrentUser admin, ObjectiveCode code, StructureChange change) {
        policy.requireAdmin(admin);
        StructureChecks.Checked checked = checks.check(change);
        try {
            transaction.executeWithoutResult(tx -> apply(admin, code, change, checked));
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw support.staleStructure(code);
        }
    }

    /** In the transaction: a new target or deadline needs a reason and leaves a public re-baselining. */
    private void apply(CurrentUser admin, ObjectiveCode code, StructureChange change, StructureChecks.Checked checked) {
        Objective objective = support.find(code);
        StaleVersion.check(change.version(), objective.getVersion());
        Map<String, Object> before = snapshot(objective);
        // "2026" for "31/12/2026" is a change too: the public would read "fin 2026" instead of a day
        boolean rebaselined = !objective.getTarget().equals(checked.target())
                || !objective.deadline().equals(checked.deadline());

        String reason = RoadmapEditingSupport.clean(change.reason());
        if (rebaselined && reason.isEmpty()) {
            throw new StructureRejected(Map.of("reason", "structure.reason.required"));
        }
        if (rebaselined) {
            rebaselinings.record(objective, admin, reason, checked.target(), checked.deadline());
        }
        objective.rename(checked.title());
        objective.rebaseline(checked.target(), checked.deadline());
        if (!checked.owners().equals(support.acronyms(objective))) {
            objective.clearOwners();
            entityManager.flush();
            objective.addOwners(checked.owners().stream()
                    .map(checked.organisationIds()::get)
                    .toList());
        }
        objective.designatePilot(
                checked.pilot().isEmpty() ? null : checked.organisationIds().get(checked.pilot()));
        // the version moves with any change, owners included, so that a stale form is always caught
        entityManager.lock(objective, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        Map<String, Object> after = snapshot(objective);
        if (rebaselined) {
            after.put("reason", reason);
        }
        events.publishEvent(new ChangeRecorded(
                admin.id(),
                admin.label(),
                RoadmapAudit.Entity.OBJECTIVE.name(),
                objective.getCode(),
                objective.getId(),
                (rebaselined ? RoadmapAudit.Action.REBASELINED : RoadmapAudit.Action.CHANGED).name(),
                before,
                after));
        events.publishEvent(new PublicContentChanged("structure of objective " + objective.getCode()));
    }

    private Map<String, Object> snapshot(Objective objective) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", objective.getTitle());
        snapshot.put("target", objective.getTarget());
        snapshot.put("deadline", objective.deadline().iso());
        snapshot.put("owners", new ArrayList<>(support.acronyms(objective)));
        snapshot.put("pilot", support.pilot(objective));
        return snapshot;
    }
}
