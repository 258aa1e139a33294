/**
 * The progress reports updated from a spreadsheet: an organisation downloads its workbook for the open
 * period, fills it and sends it back; {@link fr.gouv.sante.jalons.reportimport.ReportImport} reads and
 * checks it here, names every bad cell and conflict, and saves the changed reports as drafts all at once.
 * The campaign owns the rules and the rows: each row is checked with
 * {@link fr.gouv.sante.jalons.campaign.ProgressReporting#refusals} and the whole file is saved with
 * {@link fr.gouv.sante.jalons.campaign.ProgressReporting#saveAllAsDrafts}, the report form's own save.
 */
@ApplicationModule(allowedDependencies = {"campaign", "roadmap", "account", "shared"})
@NullMarked
package fr.gouv.sante.jalons.reportimport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
