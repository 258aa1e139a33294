/**
 * Provenance: the documents the reference data was taken from (title, publisher, date only as far as
 * each states them, and what was taken from it), and, for every objective, the source of its structure
 * and of its current status: a document, or an action in Jalons (entered by an organisation, published
 * by the DNS), derived from the published record rather than stored. Read through
 * {@link fr.gouv.sante.jalons.provenance.SourceQueries}; the public page {@code /sources}.
 */
@ApplicationModule(allowedDependencies = {"roadmap", "publication", "organisation", "shared"})
@NullMarked
package fr.gouv.sante.jalons.provenance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
