package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.shared.TextRules;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;
    private final OrganisationQueries organisations;

    AccountUserDetailsService(AppUserRepository users, OrganisationQueries organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!TextRules.fits(normalised, UserAccounts.MAX_EMAIL_LENGTH)) {
            throw new UsernameNotFoundException("unknown");
        }
        AppUser user = users.findByEmail(normalised).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return principalOf(user);
    }

    /**
     * Stores the password hashed again with the current settings after a sign-in that checked it
     * against an older hash; a password changed meanwhile (a reset on another node) is left alone.
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPasswordHash) {
        String oldPasswordHash = user instanceof AccountPrincipal principal ? principal.getPassword() : null;
        if (oldPasswordHash != null && newPasswordHash != null) {
            users.replacePasswordHash(((AccountPrincipal) user).user().id(), oldPasswordHash, newPasswordHash);
        }
        return user;
    }

    /** The principal as the account stands now: role, organisation and enabled flag read from the database. */
    AccountPrincipal principalOf(AppUser user) {
        String acronym = user.getOrganisationId() == null
                ? null
                : organisations.acronymsById().get(user.getOrganisationId());
        CurrentUser current = new CurrentUser(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                user.getRole(),
                user.getOrganisationId(),
                acronym);
        return new AccountPrincipal(
                current,
                user.getPasswordHash(),
                user.isEnabled(),
                user.getSessionGeneration(),
                user.isProConnectOnly());
    }
}
