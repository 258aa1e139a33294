/**
 * The register of the companies that signed the e-health charter: each company's entry (SIREN,
 * sectors, the charter's version it signed), its withdrawal and reinstatement, the import of a CSV
 * file, the public list with its open data (JSON and CSV) and the public check "Cette entreprise
 * est-elle signataire ?". Read through {@link fr.gouv.sante.jalons.signatory.SignatoryQueries};
 * changed by administrators through {@link fr.gouv.sante.jalons.signatory.SignatoryRegister}.
 *
 * <p>Rows: this module owns the {@code charter_signatory*} tables. The charter's versions a company may
 * sign are read through {@link fr.gouv.sante.jalons.charter.CharterQueries}. Its public addresses,
 * templates, message keys and audit words kept the charter's names they had when the register was part
 * of the charter's module ({@code /charte/signataires}, {@code charter.*}, {@code CHARTER_SIGNATORY}).
 */
@ApplicationModule(allowedDependencies = {"charter", "account", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.signatory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
