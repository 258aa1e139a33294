/**
 * The notification module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.notification.web;

import org.jspecify.annotations.NullMarked;
