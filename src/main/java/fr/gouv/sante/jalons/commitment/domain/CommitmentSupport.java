package fr.gouv.sante.jalons.commitment.domain;

import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignQueries;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.Party;
import fr.gouv.sante.jalons.commitment.domain.CommitmentAudit.Action;
import fr.gouv.sante.jalons.commitment.domain.CommitmentAudit.Entity;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the follow-up's services share: the followed commitments (the charter's rows, read here by id in
 * SQL, read-only), the period taking reports (the campaign's), organisations' acronyms and the audit.
 * Called inside its callers' transactions.
 */
@Component
class CommitmentSupport {

    /** A State commitment that can be followed: the charter's row id, its number and text. */
    record Followed(long id, int number, String text) {

        String anchor() {
            return Party.STATE.anchor(number);
        }
    }

    /** The period taking reports: the campaign's row id and its code. */
    record OpenPeriod(long id, String code) {}

    private final EntityManager entityManager;
    private final CharterQueries charter;
    private final CampaignQueries campaign;
    private final OrganisationQueries organisations;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;

    CommitmentSupport(
            EntityManager entityManager,
            CharterQueries charter,
            CampaignQueries campaign,
            OrganisationQueries organisations,
            AccountDirectory accounts,
            ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.charter = charter;
        this.campaign = campaign;
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
    }

    /** The followed commitments of the charter whose text Jalons holds, in the text's order. */
    List<Followed> followed() {
        List<?> rows = entityManager
                .createNativeQuery("""
                        select c.id, c.number, c.text from charter_commitment c
                        join commitment_follow f on f.commitment_id = c.id
                        where c.charter_version = :version and c.party = 'STATE'
                        order by c.number""")
                .setParameter("version", charter.current().version())
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new Followed(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2]))
                .toList();
    }

    /** A followed commitment by number; not found for a number the State's commitments do not have. */
    Followed followed(int number) {
        return followed().stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("commitment", Party.STATE.anchor(number)));
    }

    /** The campaign's period taking reports (open, or published and still taking late ones), if any. */
    Optional<OpenPeriod> openPeriod() {
        return campaign.openCampaign()
                .map(open -> new OpenPeriod(
                        periodId(open.period().code()), open.period().code()));
    }

    /** The id of the current roadmap's period of that code (the campaign's row, read-only). */
    long periodId(String code) {
        return ((Number) entityManager
                        .createNativeQuery("""
                                select p.id from reporting_period p join roadmap r on r.id = p.roadmap_id
                                where r.state = 'CURRENT' and p.code = :code""")
                        .setParameter("code", code)
                        .getSingleResult())
                .longValue();
    }

    /** The acronyms of these organisations, in the organisations' order. */
    List<String> acronyms(Collection<Long> organisationIds) {
        return organisations.allById().values().stream()
                .filter(o -> organisationIds.contains(o.id()))
                .map(o -> o.acronym())
                .toList();
    }

    /** The name of the person who last saved, as the 409 page and the review show it; null for nobody. */
    @Nullable
    String displayName(@Nullable Long userId) {
        return userId == null ? null : accounts.displayNames(List.of(userId)).get(userId);
    }

    void audit(
            @Nullable Long actorId,
            String actorLabel,
            Entity entity,
            String entityId,
            Action action,
            @Nullable Map<String, Object> before,
            Map<String, Object> after) {
        events.publishEvent(
                new ChangeRecorded(actorId, actorLabel, entity.name(), entityId, null, action.name(), before, after));
    }

    void audit(
            CurrentUser user,
            Entity entity,
            String entityId,
            Action action,
            @Nullable Map<String, Object> before,
            Map<String, Object> after) {
        audit(user.id(), user.label(), entity, entityId, action, before, after);
    }
}
