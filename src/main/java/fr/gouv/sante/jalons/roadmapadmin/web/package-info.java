/**
 * The roadmap administration's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.roadmapadmin.web;

import org.jspecify.annotations.NullMarked;
