/**
 * The account module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.account.web;

import org.jspecify.annotations.NullMarked;
