package fr.gouv.sante.jalons.charter.domain;

import fr.gouv.sante.jalons.charter.Party;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CharterCommitmentRepository extends JpaRepository<CharterCommitment, Long> {

    Optional<CharterCommitment> findByCharterVersionAndPartyAndNumber(String charterVersion, Party party, int number);
}
