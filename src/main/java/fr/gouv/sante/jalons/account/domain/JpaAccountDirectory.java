package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaAccountDirectory implements AccountDirectory {

    private final AppUserRepository users;

    JpaAccountDirectory(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public List<Member> members(Collection<Long> organisationIds, Set<Role> roles) {
        if (organisationIds.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return users.findByEnabledTrueAndOrganisationIdInAndRoleInOrderByEmail(organisationIds, roles).stream()
                .map(JpaAccountDirectory::member)
                .toList();
    }

    @Override
    public List<Member> withRole(Role role) {
        return users.findByEnabledTrueAndRoleOrderByEmail(role).stream()
                .map(JpaAccountDirectory::member)
                .toList();
    }

    @Override
    public Optional<Member> member(long userId) {
        return users.findById(userId).filter(AppUser::isEnabled).map(JpaAccountDirectory::member);
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        return users.findAllById(userIds).stream().collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName));
    }

    private static Member member(AppUser user) {
        return new Member(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                user.getRole(),
                user.getOrganisationId(),
                !user.hasPassword());
    }
}
