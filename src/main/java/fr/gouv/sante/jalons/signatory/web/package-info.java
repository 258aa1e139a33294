/**
 * The signatory register's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.signatory.web;

import org.jspecify.annotations.NullMarked;
