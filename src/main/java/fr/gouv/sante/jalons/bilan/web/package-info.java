/**
 * The bilan module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.bilan.web;

import org.jspecify.annotations.NullMarked;
