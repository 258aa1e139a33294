package fr.gouv.sante.jalons.account;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what, decided in one place and called by the services (not only by URLs or
 * templates): an ADMIN everything; an EDITOR the progress reports of the objectives its
 * organisation leads (as any of their owners); a READER may read those, drafts included, and change nothing.
 */
@Component
public class AccessPolicy {

    public boolean canEditReport(@Nullable CurrentUser user, Collection<String> ownerAcronyms) {
        return user != null
                && (user.isAdmin()
                        || (user.role() == Role.EDITOR && ownerAcronyms.contains(user.organisationAcronym())));
    }

    public boolean canReadDrafts(@Nullable CurrentUser user, Collection<String> ownerAcronyms) {
        return user != null && (user.isAdmin() || ownerAcronyms.contains(user.organisationAcronym()));
    }

    public void requireEditReport(@Nullable CurrentUser user, Collection<String> ownerAcronyms) {
        if (!canEditReport(user, ownerAcronyms)) {
            throw new AccessDeniedException("Not allowed to edit this objective's progress report");
        }
    }

    public void requireReadDrafts(@Nullable CurrentUser user, Collection<String> ownerAcronyms) {
        if (!canReadDrafts(user, ownerAcronyms)) {
            throw new AccessDeniedException("Not allowed to read this objective's drafts");
        }
    }

    public void requireAdmin(@Nullable CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new AccessDeniedException("Reserved to administrators");
        }
    }
}
