/**
 * The ProConnect module's controllers and view models: the organisations' SIRET page.
 */
@NullMarked
package fr.gouv.sante.jalons.proconnect.web;

import org.jspecify.annotations.NullMarked;
