package fr.gouv.sante.jalons.charter.domain;

import fr.gouv.sante.jalons.charter.SignatoryQueries;
import fr.gouv.sante.jalons.charter.SignatorySummary;
import fr.gouv.sante.jalons.charter.Siren;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register read as it is saved. It holds at most a few hundred companies: read whole and filtered
 * in memory, which keeps search, filters and counts one statement.
 */
@Service
@Transactional(readOnly = true)
class JpaSignatoryQueries implements SignatoryQueries {

    private final SignatoryRepository signatories;

    JpaSignatoryQueries(SignatoryRepository signatories) {
        this.signatories = signatories;
    }

    @Override
    public List<SignatorySummary> all() {
        Collator french = Collator.getInstance(FrenchFormat.FRENCH);
        french.setStrength(Collator.PRIMARY);
        return signatories.findAll().stream()
                .map(JpaSignatoryQueries::summary)
                .sorted(Comparator.comparing(SignatorySummary::legalName, french)
                        .thenComparing(signatory -> signatory.siren().digits()))
                .toList();
    }

    @Override
    public Optional<SignatorySummary> find(long id) {
        return signatories.findById(id).map(JpaSignatoryQueries::summary);
    }

    @Override
    public Optional<SignatorySummary> bySiren(Siren siren) {
        return signatories.findBySiren(siren.digits()).map(JpaSignatoryQueries::summary);
    }

    private static SignatorySummary summary(Signatory signatory) {
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
                signatory.getVersion());
    }
}
