package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String email);

    boolean existsByRole(Role role);

    List<AppUser> findAllByOrderByEmail();

    /** What a session must agree with, read by primary key on every back-office request. */
    @Query("""
            select new fr.gouv.sante.jalons.account.domain.AccountState(u.email, u.displayName, u.role,
                   u.organisationId, u.enabled, u.sessionGeneration)
            from AppUser u where u.id = :id""")
    Optional<AccountState> findStateById(Long id);
}
