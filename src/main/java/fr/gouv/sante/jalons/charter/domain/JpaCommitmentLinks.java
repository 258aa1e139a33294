package fr.gouv.sante.jalons.charter.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.charter.CharterDocument.LinkedObjective;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CommitmentLinks;
import fr.gouv.sante.jalons.charter.Party;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StaleVersion.SavedField;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Links between the charter's commitments and the roadmap's objectives, edited by the DNS. */
@Service
class JpaCommitmentLinks implements CommitmentLinks {

    private final CharterCommitmentRepository commitments;
    private final CharterQueries charter;
    private final RoadmapQueries roadmap;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    JpaCommitmentLinks(
            CharterCommitmentRepository commitments,
            CharterQueries charter,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.commitments = commitments;
        this.charter = charter;
        this.roadmap = roadmap;
        this.policy = policy;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public Editing editing(CurrentUser admin) {
        policy.requireAdmin(admin);
        List<ObjectiveSummary> objectives = roadmap.objectives();
        String version = charter.current().version();
        List<CommitmentRow> rows = reading.execute(tx -> commitments.findAll().stream()
                .filter(c -> c.getCharterVersion().equals(version))
                .sorted(Comparator.comparing(CharterCommitment::getParty)
                        .thenComparingInt(CharterCommitment::getNumber))
                .map(c -> row(c, objectives))
                .toList());
        return new Editing(
                rows,
                objectives.stream()
                        .map(o -> new LinkedObjective(o.code(), o.title()))
                        .toList());
    }

    @Override
    public CommitmentRow commitment(CurrentUser admin, Party party, int number) {
        policy.requireAdmin(admin);
        List<ObjectiveSummary> objectives = roadmap.objectives();
        return reading.execute(tx -> row(find(party, number), objectives));
    }

    @Override
    public void link(CurrentUser admin, Party party, int number, String objectiveCode, long version) {
        change(admin, party, number, objectiveCode, version, true);
    }

    @Override
    public void unlink(CurrentUser admin, Party party, int number, String objectiveCode, long version) {
        change(admin, party, number, objectiveCode, version, false);
    }

    private void change(
            CurrentUser admin, Party party, int number, String objectiveCode, long version, boolean linking) {
        policy.requireAdmin(admin);
        String code = objectiveCode == null ? "" : objectiveCode.strip();
        if (code.isEmpty()) {
            throw new InputRefused(Map.of("objective", "charter.link.objective.required"));
        }
        List<ObjectiveSummary> objectives = roadmap.objectives();
        ObjectiveSummary objective = ObjectiveCode.isValid(code)
                ? objectives.stream()
                        .filter(o -> o.code().equals(ObjectiveCode.parse(code).toString()))
                        .findFirst()
                        .orElse(null)
                : null;
        if (objective == null) {
            throw new InputRefused(Map.of("objective", "charter.link.objective.unknown|" + code));
        }
        try {
            transaction.executeWithoutResult(tx -> {
                CharterCommitment commitment = find(party, number);
                StaleVersion.check(version, commitment.getVersion());
                Map<String, Object> before = snapshot(commitment, objectives);
                boolean changed = linking ? commitment.link(objective.id()) : commitment.unlink(objective.id());
                if (!changed) {
                    throw new InputRefused(Map.of(
                            "objective",
                            (linking ? "charter.link.objective.duplicate|" : "charter.link.objective.absent|")
                                    + objective.code()));
                }
                commitments.flush();
                events.publishEvent(new ChangeRecorded(
                        admin.id(),
                        admin.label(),
                        CharterAudit.Entity.CHARTER_LINK.name(),
                        party.anchor(number),
                        objective.id(),
                        (linking ? CharterAudit.Action.LINKED : CharterAudit.Action.UNLINKED).name(),
                        before,
                        snapshot(commitment, objectives)));
                // the charter's page, the objective's page and the API show it once committed, on every node
                events.publishEvent(new PublicContentChanged(
                        "charter " + party.anchor(number) + (linking ? " + " : " - ") + objective.code()));
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw stale(party, number, objectives);
        }
    }

    private CharterCommitment find(Party party, int number) {
        return commitments
                .findByCharterVersionAndPartyAndNumber(charter.current().version(), party, number)
                .orElseThrow(() -> new NotFoundException("commitment", party.anchor(number)));
    }

    /** What the 409 page shows of the links as saved. */
    private StaleVersion stale(Party party, int number, List<ObjectiveSummary> objectives) {
        CommitmentRow saved = reading.execute(tx -> row(find(party, number), objectives));
        return new StaleVersion(
                List.of(SavedField.text(
                        "charter.stale.linked",
                        String.join(
                                ", ",
                                saved.objectives().stream()
                                        .map(LinkedObjective::code)
                                        .toList()))),
                null,
                null);
    }

    private static CommitmentRow row(CharterCommitment commitment, List<ObjectiveSummary> objectives) {
        Set<Long> linked = commitment.objectiveIds();
        return new CommitmentRow(
                commitment.getParty(),
                commitment.getNumber(),
                commitment.getText(),
                objectives.stream()
                        .filter(o -> linked.contains(o.id()))
                        .map(o -> new LinkedObjective(o.code(), o.title()))
                        .toList(),
                commitment.getVersion());
    }

    private static Map<String, Object> snapshot(CharterCommitment commitment, List<ObjectiveSummary> objectives) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("commitment", commitment.getParty().name() + " " + commitment.getNumber());
        snapshot.put(
                "objectives",
                row(commitment, objectives).objectives().stream()
                        .map(LinkedObjective::code)
                        .toList());
        return snapshot;
    }
}
