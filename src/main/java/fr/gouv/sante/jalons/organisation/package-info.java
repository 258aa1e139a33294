/**
 * The lead organisations of the roadmap (DNS, CNAM, ANS, ...): their acronym, full French name and,
 * where the DNS recorded it, SIRET (public, and checked at ProConnect sign-in).
 * Other modules refer to an organisation by its id or acronym, never through a JPA association.
 */
@ApplicationModule(allowedDependencies = {"cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
