/**
 * The e-health charter between the public authorities and the companies of digital health: its text,
 * section by section, and its commitments (of the State and of the companies) as the document gives
 * them; the links between a commitment and the roadmap's objectives, which the DNS edits; and the
 * register of the companies that signed it, with its open data and the public check "Cette entreprise
 * est-elle signataire ?". Read through {@link fr.gouv.sante.jalons.charter.CharterQueries} and
 * {@link fr.gouv.sante.jalons.charter.SignatoryQueries}; changed by administrators through
 * {@link fr.gouv.sante.jalons.charter.CommitmentLinks} and {@link fr.gouv.sante.jalons.charter.SignatoryRegister}.
 *
 * <p>Rows: this module owns the {@code charter*} tables. An objective is the roadmap's row, referred to
 * by id and read by code through the roadmap's queries, or in SQL, read-only, to name the linked ones.
 */
@ApplicationModule(allowedDependencies = {"roadmap", "account", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.charter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
