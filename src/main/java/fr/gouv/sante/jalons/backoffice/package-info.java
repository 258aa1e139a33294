/**
 * The back office's pages for the semester campaign: the editors' workspace and report form (the
 * spreadsheet import's pages are the {@code reportimport} module's), and the DNS's home, tables, review, publication, corrections, decisions on
 * reconstructed statuses and campaign settings; the State commitments the user's organisation leads
 * are listed in the workspace next to its objectives. Controllers, forms and view models only: every
 * change goes through the campaign's facades, which own the rules and the data.
 */
@ApplicationModule(
        allowedDependencies = {
            "campaign",
            "commitment",
            "followup",
            "publication",
            "roadmap",
            "account",
            "history",
            "organisation",
            "shared"
        })
@NullMarked
package fr.gouv.sante.jalons.backoffice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
