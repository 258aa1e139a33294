package fr.gouv.sante.jalons.apiaccess.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findAllByOrderByCreatedAtDescIdDesc();

    List<ApiToken> findByOrganisationIdOrderByCreatedAtDescIdDesc(long organisationId);

    Optional<ApiToken> findBySecretHash(String secretHash);
}
