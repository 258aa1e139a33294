/**
 * The backoffice module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.backoffice.web;

import org.jspecify.annotations.NullMarked;
