/**
 * The e-health charter between the public authorities and the companies of digital health: its text,
 * section by section, and its commitments (of the State and of the companies) as the document gives
 * them, with their open data; and the links between a commitment and the roadmap's objectives, which
 * the DNS edits. Read through {@link fr.gouv.sante.jalons.charter.CharterQueries}; changed by
 * administrators through {@link fr.gouv.sante.jalons.charter.CommitmentLinks}. The register of the
 * companies that signed it is {@code signatory}'s.
 *
 * <p>Rows: this module owns the {@code charter*} tables, the register's ({@code charter_signatory*})
 * aside. An objective is the roadmap's row, referred to by id and read by code through the roadmap's
 * queries, or in SQL, read-only, to name the linked ones.
 * The text's source is a document of {@code provenance}, referred to by its code and quoted through
 * {@link fr.gouv.sante.jalons.provenance.SourceQueries}, as the objectives' pages quote theirs.
 */
@ApplicationModule(allowedDependencies = {"roadmap", "account", "cluster", "provenance", "shared"})
@NullMarked
package fr.gouv.sante.jalons.charter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
