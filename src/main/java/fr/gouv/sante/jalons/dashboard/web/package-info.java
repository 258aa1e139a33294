/**
 * The dashboard module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.dashboard.web;

import org.jspecify.annotations.NullMarked;
