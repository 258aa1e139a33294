package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String email);

    boolean existsByRole(Role role);

    List<AppUser> findAllByOrderByEmail();

    List<AppUser> findByEnabledTrueAndOrganisationIdInAndRoleInOrderByEmail(
            Collection<Long> organisationIds, Collection<Role> roles);

    List<AppUser> findByEnabledTrueAndRoleOrderByEmail(Role role);

    /** A stronger hash of the same password: only if the stored hash is still the one that was checked. */
    @Modifying
    @Query("update AppUser u set u.passwordHash = ?3 where u.id = ?1 and u.passwordHash = ?2")
    int replacePasswordHash(long id, String checkedHash, String newHash);
}
