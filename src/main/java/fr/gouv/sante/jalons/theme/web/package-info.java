/**
 * The theme module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.theme.web;

import org.jspecify.annotations.NullMarked;
