package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.TextRules;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final OrganisationQueries organisations;

    AccountUserDetailsService(AppUserRepository users, OrganisationQueries organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (TextRules.hasControlCharacters(normalised) || normalised.length() > 254) {
            throw new UsernameNotFoundException("unknown");
        }
        AppUser user = users.findByEmail(normalised).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        CurrentUser current = new CurrentUser(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(),
                user.getOrganisationId(), acronymOf(user.getOrganisationId()));
        return new AccountPrincipal(current, user.getPasswordHash(), user.isEnabled(), user.getSessionGeneration());
    }

    String acronymOf(Long organisationId) {
        return organisationId == null ? null : organisations.all().stream()
                .filter(organisation -> organisation.id() == organisationId)
                .map(OrganisationSummary::acronym).findFirst().orElse(null);
    }
}
