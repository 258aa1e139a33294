package fr.gouv.sante.jalons.signatory.domain;

import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.signatory.PastWithdrawal;
import fr.gouv.sante.jalons.signatory.SignatoryQueries;
import fr.gouv.sante.jalons.signatory.SignatorySummary;
import fr.gouv.sante.jalons.signatory.Siren;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register read as it is saved. It holds at most a few hundred companies: read whole and filtered
 * in memory, which keeps search, filters and counts two statements (the signatories, and the
 * withdrawals that ended).
 */
@Service
@Transactional(readOnly = true)
class JpaSignatoryQueries implements SignatoryQueries {

    private final SignatoryRepository signatories;
    private final ReinstatementRepository reinstatements;

    JpaSignatoryQueries(SignatoryRepository signatories, ReinstatementRepository reinstatements) {
        this.signatories = signatories;
        this.reinstatements = reinstatements;
    }

    @Override
    public List<SignatorySummary> all() {
        Collator french = Collator.getInstance(FrenchFormat.FRENCH);
        french.setStrength(Collator.PRIMARY);
        Map<Long, List<PastWithdrawal>> history =
                reinstatements.findAllByOrderBySignatoryIdAscWithdrawnOnAscIdAsc().stream()
                        .collect(Collectors.groupingBy(
                                Reinstatement::getSignatoryId,
                                Collectors.mapping(JpaSignatoryQueries::past, Collectors.toList())));
        return signatories.findAll().stream()
                .map(signatory -> summary(signatory, history.getOrDefault(signatory.getId(), List.of())))
                .sorted(Comparator.comparing(SignatorySummary::legalName, french)
                        .thenComparing(signatory -> signatory.siren().digits()))
                .toList();
    }

    @Override
    public Optional<SignatorySummary> find(long id) {
        return signatories.findById(id).map(this::summary);
    }

    @Override
    public Optional<SignatorySummary> bySiren(Siren siren) {
        return signatories.findBySiren(siren.digits()).map(this::summary);
    }

    private SignatorySummary summary(Signatory signatory) {
        return summary(
                signatory,
                reinstatements.findBySignatoryIdOrderByWithdrawnOnAscIdAsc(signatory.getId()).stream()
                        .map(JpaSignatoryQueries::past)
                        .toList());
    }

    private static PastWithdrawal past(Reinstatement reinstatement) {
        return new PastWithdrawal(
                reinstatement.getWithdrawnOn(),
                reinstatement.getWithdrawalReason(),
                reinstatement.getReinstatedOn(),
                reinstatement.getReason());
    }

    private static SignatorySummary summary(Signatory signatory, List<PastWithdrawal> history) {
        return new SignatorySummary(
                signatory.getId(),
                signatory.getLegalName(),
                new Siren(signatory.getSiren()),
                signatory.sectors(),
                signatory.getSignedOn(),
                signatory.getCharterVersion(),
                signatory.getStatus(),
                signatory.getWithdrawnOn(),
                signatory.getWithdrawalReason(),
                signatory.getVersion(),
                history);
    }
}
