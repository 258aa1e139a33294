package fr.gouv.sante.jalons.signatory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReinstatementRepository extends JpaRepository<Reinstatement, Long> {

    /** A signatory's ended withdrawals, oldest first. */
    List<Reinstatement> findBySignatoryIdOrderByWithdrawnOnAscIdAsc(long signatoryId);

    /** Every ended withdrawal, oldest first within a signatory. */
    List<Reinstatement> findAllByOrderBySignatoryIdAscWithdrawnOnAscIdAsc();
}
