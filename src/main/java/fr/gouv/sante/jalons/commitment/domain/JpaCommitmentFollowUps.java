package fr.gouv.sante.jalons.commitment.domain;

import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CommitmentFollowUps;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The State commitments' follow-up as the public sees it: leads and published reports only, kept with
 * the charter's read model (cleared with every public cache when the leads change or a period is
 * published).
 */
@Service
class JpaCommitmentFollowUps implements CommitmentFollowUps {

    private final EntityManager entityManager;
    private final FollowedCommitmentRepository follows;
    private final CommitmentSupport support;
    private final OrganisationQueries organisations;
    private final PublicCaches caches;
    private final TransactionTemplate reading;

    JpaCommitmentFollowUps(
            EntityManager entityManager,
            FollowedCommitmentRepository follows,
            CommitmentSupport support,
            OrganisationQueries organisations,
            PublicCaches caches,
            PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.follows = follows;
        this.support = support;
        this.organisations = organisations;
        this.caches = caches;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public Map<Integer, FollowUp> stateCommitments() {
        return caches.read(
                CharterQueries.CACHE, "follow-ups", () -> Objects.requireNonNull(reading.execute(tx -> read())));
    }

    private Map<Integer, FollowUp> read() {
        Map<Long, OrganisationSummary> byId = organisations.allById();
        Map<Long, List<Long>> leads = new HashMap<>();
        follows.findAll().forEach(f -> leads.put(f.getCommitmentId(), List.copyOf(f.organisationIds())));
        List<?> rows = entityManager.createNativeQuery("""
                        select r.commitment_id, p.code, r.status, r.narrative, r.published_at
                        from commitment_report r join reporting_period p on p.id = r.period_id
                        where r.state = 'PUBLISHED'
                        order by p.starts_on desc""").getResultList();
        Map<Long, List<PublishedReport>> published = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            published
                    .computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>())
                    .add(new PublishedReport(
                            (String) columns[1],
                            ProgressStatus.valueOf((String) columns[2]),
                            (String) columns[3],
                            instant(columns[4])));
        }
        Map<Integer, FollowUp> followUps = new HashMap<>();
        for (CommitmentSupport.Followed commitment : support.followed()) {
            List<Long> its = leads.getOrDefault(commitment.id(), List.of());
            followUps.put(
                    commitment.number(),
                    new FollowUp(
                            byId.values().stream()
                                    .filter(o -> its.contains(o.id()))
                                    .map(o -> new Lead(o.acronym(), o.name()))
                                    .toList(),
                            published.getOrDefault(commitment.id(), List.of())));
        }
        return Map.copyOf(followUps);
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
