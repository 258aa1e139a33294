/**
 * The governance module's implementation: its persistence and the services behind its facades,
 * package-private, reached only through the module's root package.
 */
@NullMarked
package fr.gouv.sante.jalons.governance.domain;

import org.jspecify.annotations.NullMarked;
