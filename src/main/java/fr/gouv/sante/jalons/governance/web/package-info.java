/**
 * The governance module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.governance.web;

import org.jspecify.annotations.NullMarked;
