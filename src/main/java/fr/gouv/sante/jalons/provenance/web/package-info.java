/**
 * The provenance module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.provenance.web;

import org.jspecify.annotations.NullMarked;
