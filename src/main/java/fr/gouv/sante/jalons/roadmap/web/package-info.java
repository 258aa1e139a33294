/**
 * The roadmap module's controllers, forms and view models.
 */
@NullMarked
package fr.gouv.sante.jalons.roadmap.web;

import org.jspecify.annotations.NullMarked;
