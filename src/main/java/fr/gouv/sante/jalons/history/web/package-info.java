/**
 * The history module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.history.web;

import org.jspecify.annotations.NullMarked;
