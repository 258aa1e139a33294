package fr.gouv.sante.jalons.commitment.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.commitment.CommitmentLeads;
import fr.gouv.sante.jalons.commitment.domain.CommitmentAudit.Action;
import fr.gouv.sante.jalons.commitment.domain.CommitmentAudit.Entity;
import fr.gouv.sante.jalons.commitment.domain.CommitmentSupport.Followed;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StaleVersion.SavedField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The DNS's edits of the State commitments' leads: audited, version-checked, public once committed. */
@Service
class JpaCommitmentLeads implements CommitmentLeads {

    private final AccessPolicy policy;
    private final CommitmentSupport support;
    private final FollowedCommitmentRepository follows;
    private final OrganisationQueries organisations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaCommitmentLeads(
            AccessPolicy policy,
            CommitmentSupport support,
            FollowedCommitmentRepository follows,
            OrganisationQueries organisations,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.policy = policy;
        this.support = support;
        this.follows = follows;
        this.organisations = organisations;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public Editing editing(CurrentUser admin) {
        policy.requireAdmin(admin);
        List<LeadRow> rows = Objects.requireNonNull(reading.execute(tx -> {
            Map<Long, FollowedCommitment> byId = byId(follows.findAll());
            return support.followed().stream()
                    // followed means it has a commitment_follow row
                    .map(c -> row(c, Objects.requireNonNull(byId.get(c.id()))))
                    .toList();
        }));
        return new Editing(
                rows,
                organisations.all().stream()
                        .map(o -> new Organisation(o.acronym(), o.name()))
                        .toList());
    }

    @Override
    public LeadRow commitment(CurrentUser admin, int number) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            Followed commitment = support.followed(number);
            return row(commitment, follows.findById(commitment.id()).orElseThrow());
        });
    }

    @Override
    public void change(CurrentUser admin, int number, Set<String> acronyms, long version) {
        policy.requireAdmin(admin);
        Map<String, OrganisationSummary> known = organisations.allByAcronym();
        Set<Long> ids = new HashSet<>();
        for (String acronym : acronyms) {
            OrganisationSummary organisation = known.get(acronym);
            if (organisation == null) {
                throw new InputRefused(Map.of("leads", "commitment.leads.unknown|" + acronym));
            }
            ids.add(organisation.id());
        }
        try {
            writing.executeWithoutResult(tx -> {
                Followed commitment = support.followed(number);
                FollowedCommitment follow = follows.findById(commitment.id()).orElseThrow();
                StaleVersion.check(version, follow.getVersion());
                Map<String, Object> before = snapshot(follow);
                if (!follow.lead(ids)) {
                    return; // the same leads again: nothing to record
                }
                follows.flush();
                support.audit(
                        admin, Entity.COMMITMENT_LEADS, commitment.anchor(), Action.CHANGED, before, snapshot(follow));
                // the charter's pages and the API name the leads: cleared on every node once committed
                events.publishEvent(new PublicContentChanged("leads of commitment " + commitment.anchor()));
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            LeadRow saved = commitment(admin, number);
            throw new StaleVersion(
                    List.of(SavedField.text("commitment.stale.leads", String.join(", ", saved.leads()))), null, null);
        }
    }

    private LeadRow row(Followed commitment, FollowedCommitment follow) {
        return new LeadRow(
                commitment.number(),
                commitment.text(),
                support.acronyms(follow.organisationIds()),
                follow.getVersion());
    }

    private Map<String, Object> snapshot(FollowedCommitment follow) {
        return Map.of("leads", support.acronyms(follow.organisationIds()));
    }

    private static Map<Long, FollowedCommitment> byId(List<FollowedCommitment> all) {
        Map<Long, FollowedCommitment> byId = new java.util.HashMap<>();
        all.forEach(f -> byId.put(f.getCommitmentId(), f));
        return byId;
    }
}
