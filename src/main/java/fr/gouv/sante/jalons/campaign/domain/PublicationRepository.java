package fr.gouv.sante.jalons.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findByPeriodOrderByNumber(ReportingPeriod period);
}
