/**
 * The charter module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.charter.web;

import org.jspecify.annotations.NullMarked;
