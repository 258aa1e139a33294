/**
 * The contracts between the features and the web layer: what a feature declares (a public page, a
 * back-office controller or area, what the back office needs from accounts) and the form and badge
 * helpers every module's pages share.
 */
@NullMarked
package fr.gouv.sante.jalons.shared.web;

import org.jspecify.annotations.NullMarked;
