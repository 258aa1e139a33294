package fr.gouv.sante.jalons.signatory.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignatoryRepository extends JpaRepository<Signatory, Long> {

    Optional<Signatory> findBySiren(String siren);
}
