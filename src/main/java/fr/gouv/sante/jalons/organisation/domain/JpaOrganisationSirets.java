package fr.gouv.sante.jalons.organisation.domain;

import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.organisation.OrganisationSirets;
import fr.gouv.sante.jalons.organisation.Siret;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaOrganisationSirets implements OrganisationSirets {

    /** Stored in {@code audit_event}: renaming them would orphan the rows already written. */
    static final String ENTITY = "ORGANISATION";

    static final String SIRET_CHANGED = "SIRET_CHANGED";

    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;

    JpaOrganisationSirets(OrganisationRepository organisations, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
    }

    @Override
    public void change(long organisationId, @Nullable String typed, long actorId, String actorLabel) {
        Organisation organisation = organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", String.valueOf(organisationId)));
        String siret = null;
        if (typed != null && !typed.isBlank()) {
            siret = Siret.parse(typed)
                    .orElseThrow(() -> new InputRefused(Map.of("siret", "organisation.siret.invalid")));
        }
        if (Objects.equals(siret, organisation.getSiret())) {
            return;
        }
        Map<String, Object> before = state(organisation);
        organisation.changeSiret(siret);
        events.publishEvent(new ChangeRecorded(
                actorId,
                actorLabel,
                ENTITY,
                String.valueOf(organisationId),
                null,
                SIRET_CHANGED,
                before,
                state(organisation)));
        // the open data lists each organisation's SIRET
        events.publishEvent(new PublicContentChanged("SIRET of organisation " + organisation.getAcronym()));
    }

    private static Map<String, Object> state(Organisation organisation) {
        Map<String, Object> state = new HashMap<>();
        state.put("acronym", organisation.getAcronym());
        state.put("siret", organisation.getSiret());
        return state;
    }
}
