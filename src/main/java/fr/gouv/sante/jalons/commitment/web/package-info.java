/** The follow-up's back-office pages: the leads, the report form in the workspace, the DNS's review. */
@NullMarked
package fr.gouv.sante.jalons.commitment.web;

import org.jspecify.annotations.NullMarked;
