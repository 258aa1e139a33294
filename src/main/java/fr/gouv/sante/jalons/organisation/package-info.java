/**
 * The lead organisations of the roadmap (DNS, CNAM, ANS, ...): their acronym and full French name.
 * Other modules refer to an organisation by its id or acronym, never through a JPA association.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package fr.gouv.sante.jalons.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
