package fr.gouv.sante.jalons.signatory;

import java.util.List;
import java.util.Optional;

/** The register of signatories as saved: public, read on each request (it changes by hand, rarely). */
public interface SignatoryQueries {

    /** Every signatory, by legal name (French order, accents aside). */
    List<SignatorySummary> all();

    /** Those the filter keeps, in the same order. */
    default List<SignatorySummary> search(SignatoryFilter filter) {
        return all().stream().filter(filter::matches).toList();
    }

    Optional<SignatorySummary> find(long id);

    /** The answer to "Cette entreprise est-elle signataire ?": the register's row of that SIREN, if any. */
    Optional<SignatorySummary> bySiren(Siren siren);
}
