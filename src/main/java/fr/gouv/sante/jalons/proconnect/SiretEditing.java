package fr.gouv.sante.jalons.proconnect;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSirets;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The DNS records each organisation's SIRET, which a ProConnect identity of its accounts must carry.
 * The organisation module keeps it; this checks who may change it.
 */
@Service
public class SiretEditing {

    private final AccessPolicy policy;
    private final OrganisationQueries organisations;
    private final OrganisationSirets sirets;

    SiretEditing(AccessPolicy policy, OrganisationQueries organisations, OrganisationSirets sirets) {
        this.policy = policy;
        this.organisations = organisations;
        this.sirets = sirets;
    }

    public List<OrganisationSummary> organisations(CurrentUser actor) {
        policy.requireAdmin(actor);
        return organisations.all();
    }

    /**
     * Sets or (blank) clears an organisation's SIRET, in the audit trail under the administrator's name.
     *
     * @throws fr.gouv.sante.jalons.shared.InputRefused on the field {@code siret} when it is not a SIRET
     */
    public void change(CurrentUser actor, long organisationId, @Nullable String siret) {
        policy.requireAdmin(actor);
        sirets.change(organisationId, siret, actor.id(), actor.label());
    }
}
