/**
 * The followup module's implementation: the services behind its facades, reading the campaign through
 * its facades, package-private.
 */
@NullMarked
package fr.gouv.sante.jalons.followup.domain;

import org.jspecify.annotations.NullMarked;
