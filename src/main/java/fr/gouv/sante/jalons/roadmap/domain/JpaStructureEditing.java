package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
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
        List<String> typed = change.ownerAcronyms().stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> unknown = typed.stream()
                .filter(acronym -> !byAcronym.containsKey(acronym.toUpperCase(Locale.ROOT)))
                .toList();
        List<String> owners = typed.stream()
                .map(acronym -> byAcronym.get(acronym.toUpperCase(Locale.ROOT)))
                .filter(Objects::nonNull)
                .map(OrganisationSummary::acronym)
                .toList();
        Map<String, Long> organisationIds = byAcronym.values().stream()
                .collect(Collectors.toMap(OrganisationSummary::acronym, OrganisationSummary::id));
        if (typed.isEmpty()) {
            errors.put("owners", "structure.owners.required");
        } else if (!unknown.isEmpty()) {
            errors.put("owners", "structure.owners.unknown");
            arguments.put("owners", List.of(String.join(", ", unknown), unknown.size()));
        } else if (new HashSet<>(owners).size() != owners.size()) {
            errors.put("owners", "structure.owners.duplicate");
        }
        String pilot = RoadmapEditingSupport.clean(change.pilot());
        if (!pilot.isEmpty() && !owners.contains(pilot)) {
            errors.put("pilot", "structure.pilot.not-owner");
        }
        if (TextRules.hasForbiddenCharacters(RoadmapEditingSupport.clean(change.reason()))
                || RoadmapEditingSupport.clean(change.reason()).length() > MAX_REASON_LENGTH) {
            errors.put("reason", "structure.reason.invalid");
        }
        if (!errors.isEmpty()) {
            throw new StructureRejected(errors, arguments);
        }
        try {
            transaction.executeWithoutResult(tx -> {
                Objective objective = support.find(code);
                StaleVersion.check(change.version(), objective.getVersion());
                Map<String, Object> before = snapshot(objective);
                boolean rebaselined = !objective.getTarget().equals(target)
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
                            target,
                            change.deadline()));
                }
                objective.rename(title);
                objective.rebaseline(target, change.deadline());
                if (!owners.equals(support.acronyms(objective))) {
                    objective.clearOwners();
                    entityManager.flush();
                    objective.addOwners(
                            owners.stream().map(organisationIds::get).toList());
                }
                objective.designatePilot(pilot.isEmpty() ? null : organisationIds.get(pilot));
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
                events.publishEvent(new PublicContentChanged("structure of objective " + objective.getCode()));
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw support.staleStructure(code);
        }
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
