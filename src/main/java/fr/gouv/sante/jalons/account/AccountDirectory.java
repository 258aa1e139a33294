package fr.gouv.sante.jalons.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who to write to: the enabled accounts of organisations, by role. For system jobs (campaign mails,
 * reminders); it never changes anything and never returns a password.
 */
public interface AccountDirectory {

    /** Enabled accounts with one of {@code roles} in one of the organisations, by e-mail address. */
    List<Member> members(Collection<Long> organisationIds, Set<Role> roles);

    /** Enabled accounts with this role, any organisation. */
    List<Member> withRole(Role role);

    /** An enabled account, by id. */
    Optional<Member> member(long userId);

    /** Display names of the given accounts (enabled or not), by id. */
    Map<Long, String> displayNames(Collection<Long> userIds);

    /**
     * An account as a mail recipient. {@code organisationId} is null for an ADMIN; {@code
     * invitationPending} while the invited person has not chosen a password yet (they cannot sign in,
     * so what they need is the invitation, not a campaign mail).
     */
    record Member(
            long id,
            String email,
            String displayName,
            Role role,
            @Nullable Long organisationId,
            boolean invitationPending) {}
}
