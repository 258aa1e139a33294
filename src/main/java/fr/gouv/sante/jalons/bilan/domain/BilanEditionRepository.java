package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.EditionState;
import fr.gouv.sante.jalons.bilan.EditionSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Editions are listed without their bytes; the PDF is read only to be sent. */
interface BilanEditionRepository extends JpaRepository<BilanEdition, Long> {

    String SUMMARY = "select new fr.gouv.sante.jalons.bilan.EditionSummary(e.id, e.periodCode, e.number, e.publishedAt,"
            + " e.state, e.sha256, e.byteSize, e.generatedAt, e.failure) from BilanEdition e ";

    @Query(SUMMARY + "order by e.periodCode desc, e.number desc")
    List<EditionSummary> summaries();

    @Query(SUMMARY + "where e.periodCode = ?1 order by e.number")
    List<EditionSummary> summaries(String periodCode);

    @Query("select coalesce(max(e.number), 0) from BilanEdition e where e.periodCode = ?1")
    int lastNumber(String periodCode);

    @Query("select e.id from BilanEdition e where e.state = ?1 order by e.id")
    List<Long> idsIn(EditionState state);

    @Query("select e.pdf from BilanEdition e where e.periodCode = ?1 and e.number = ?2 and e.state = 'READY'")
    Optional<byte[]> pdf(String periodCode, int number);

    Optional<BilanEdition> findFirstByPeriodCodeOrderByNumberDesc(String periodCode);

    Optional<BilanEdition> findByPeriodCodeAndNumber(String periodCode, int number);
}
