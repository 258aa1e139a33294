package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.Erratum;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BilanErratumRepository extends JpaRepository<BilanErratum, Long> {

    String ERRATUM =
            "select new fr.gouv.sante.jalons.bilan.Erratum(e.periodCode, e.objectiveCode, e.revision, e.reason,"
                    + " e.publishedAt) from BilanErratum e ";

    @Query(ERRATUM + "where e.periodCode = ?1 order by e.publishedAt, e.id")
    List<Erratum> ofPeriod(String periodCode);

    @Query(ERRATUM + "order by e.publishedAt desc, e.id desc")
    List<Erratum> all();

    boolean existsByPeriodCodeAndObjectiveCodeAndRevision(String periodCode, String objectiveCode, int revision);
}
