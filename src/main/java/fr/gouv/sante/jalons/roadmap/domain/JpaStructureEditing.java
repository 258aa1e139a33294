package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveRestructured;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.roadmap.StructureChange;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
class JpaStructureEditing implements RoadmapEditing {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_TARGET_LENGTH = 2000;
    static final int MAX_REASON_LENGTH = 2000;

    private final RoadmapEditingSupport support;
    private final ObjectiveBaselineRepository baselines;
    private final OrganisationQueries organisations;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate transaction;

    JpaStructureEditing(
            RoadmapEditingSupport support,
            ObjectiveBaselineRepository baselines,
            OrganisationQueries organisations,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.support = support;
        this.baselines = baselines;
        this.organisations = organisations;
        this.policy = policy;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
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
                    objective.getDeadline(),
                    support.acronyms(objective),
                    support.pilot(objective),
                    objective.getVersion());
        });
    }

    @Override
    public void update(CurrentUser admin, ObjectiveCode code, StructureChange change) {
        policy.requireAdmin(admin);
        Checked checked = check(change);
        try {
            transaction.executeWithoutResult(tx -> apply(admin, code, change, checked));
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw support.staleStructure(code);
        }
    }

    /** The change's fields cleaned and checked against the reference organisations. */
    private record Checked(
            String title, String target, List<String> owners, String pilot, Map<String, Long> organisationIds) {}

    /** Every field's problem at once, so that the form shows them all; nothing is read from the objective. */
    private Checked check(StructureChange change) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<Object>> arguments = new HashMap<>();
        String title = RoadmapEditingSupport.clean(change.title());
        String target = RoadmapEditingSupport.clean(change.target());
        TextRules.check(title, MAX_TITLE_LENGTH)
                .ifPresent(problem -> errors.put("title", problem.key("structure.title")));
        TextRules.check(target, MAX_TARGET_LENGTH)
                .ifPresent(problem -> errors.put("target", problem.key("structure.target")));
        if (change.deadline() == null
                || change.deadline().getYear() < 2000
                || change.deadline().getYear() > 2100) {
            errors.put("deadline", "structure.deadline.invalid");
        }
        // sigles are typed by hand: "dns" names the DNS, and the form keeps the reference spelling
        Map<String, OrganisationSummary> byAcronym = organisations.all().stream()
                .collect(Collectors.toMap(o -> o.acronym().toUpperCase(Locale.ROOT), o -> o));
        List<String> owners = checkOwners(change.ownerAcronyms(), byAcronym, errors, arguments);
        String pilot = RoadmapEditingSupport.clean(change.pilot());
        if (!pilot.isEmpty() && !owners.contains(pilot)) {
            errors.put("pilot", "structure.pilot.not-owner");
        }
        String reason = RoadmapEditingSupport.clean(change.reason());
        if (TextRules.hasForbiddenCharacters(reason) || reason.length() > MAX_REASON_LENGTH) {
            errors.put("reason", "structure.reason.invalid");
        }
        if (!errors.isEmpty()) {
            throw new StructureRejected(errors, arguments);
        }
        Map<String, Long> organisationIds = byAcronym.values().stream()
                .collect(Collectors.toMap(OrganisationSummary::acronym, OrganisationSummary::id));
        return new Checked(title, target, owners, pilot, organisationIds);
    }

    /** The owners in their reference spelling; an empty, unknown or repeated one is an error on "owners". */
    private static List<String> checkOwners(
            List<String> acronyms,
            Map<String, OrganisationSummary> byAcronym,
            Map<String, String> errors,
            Map<String, List<Object>> arguments) {
        List<String> typed =
                acronyms.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> unknown = typed.stream()
                .filter(acronym -> !byAcronym.containsKey(acronym.toUpperCase(Locale.ROOT)))
                .toList();
        List<String> owners = typed.stream()
                .map(acronym -> byAcronym.get(acronym.toUpperCase(Locale.ROOT)))
                .filter(Objects::nonNull)
                .map(OrganisationSummary::acronym)
                .toList();
        if (typed.isEmpty()) {
            errors.put("owners", "structure.owners.required");
        } else if (!unknown.isEmpty()) {
            errors.put("owners", "structure.owners.unknown");
            arguments.put("owners", List.of(String.join(", ", unknown), unknown.size()));
        } else if (new HashSet<>(owners).size() != owners.size()) {
            errors.put("owners", "structure.owners.duplicate");
        }
        return owners;
    }

    /** In the transaction: a new target or deadline needs a reason and leaves a public re-baselining. */
    private void apply(CurrentUser admin, ObjectiveCode code, StructureChange change, Checked checked) {
        Objective objective = support.find(code);
        StaleVersion.check(change.version(), objective.getVersion());
        Map<String, Object> before = snapshot(objective);
        boolean rebaselined = !objective.getTarget().equals(checked.target())
                || !objective.getDeadline().equals(change.deadline());
        String reason = RoadmapEditingSupport.clean(change.reason());
        if (rebaselined && reason.isEmpty()) {
            throw new StructureRejected(Map.of("reason", "structure.reason.required"));
        }
        Instant now = clock.instant();
        if (rebaselined) {
            baselines.save(new ObjectiveBaseline(
                    objective.getId(),
                    now,
                    admin.id(),
                    reason,
                    objective.getTarget(),
                    objective.getDeadline(),
                    checked.target(),
                    change.deadline()));
        }
        objective.rename(checked.title());
        objective.rebaseline(checked.target(), change.deadline());
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
                "OBJECTIVE",
                objective.getCode(),
                objective.getId(),
                rebaselined ? "REBASELINED" : "CHANGED",
                before,
                after));
        events.publishEvent(new ObjectiveRestructured(objective.getCode()));
    }

    private Map<String, Object> snapshot(Objective objective) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", objective.getTitle());
        snapshot.put("target", objective.getTarget());
        snapshot.put("deadline", objective.getDeadline().toString());
        snapshot.put("owners", new ArrayList<>(support.acronyms(objective)));
        snapshot.put("pilot", support.pilot(objective));
        return snapshot;
    }
}
