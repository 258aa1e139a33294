package fr.gouv.sante.jalons.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Records an organisation's SIRET, public and checked at ProConnect sign-in. It checks no rights: the
 * account module, which knows who may (the DNS), calls it.
 */
public interface OrganisationSirets {

    /**
     * Sets or (with a blank value) clears the SIRET, in the audit trail under the actor's name.
     *
     * @throws fr.gouv.sante.jalons.shared.InputRefused on the field {@code siret} when it is not a SIRET
     * @throws fr.gouv.sante.jalons.shared.NotFoundException when no organisation has this id
     */
    void change(long organisationId, @Nullable String siret, long actorId, String actorLabel);
}
