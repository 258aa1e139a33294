package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String email);

    boolean existsByRole(Role role);

    List<AppUser> findAllByOrderByEmail();

    List<AppUser> findByEnabledTrueAndOrganisationIdInAndRoleInOrderByEmail(
            Collection<Long> organisationIds, Collection<Role> roles);

    List<AppUser> findByEnabledTrueAndRoleOrderByEmail(Role role);
}
