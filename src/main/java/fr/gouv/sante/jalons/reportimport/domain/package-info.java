/**
 * The spreadsheet import's implementation: the workbook written and read with Apache POI, and its rows
 * checked and saved through the campaign's facades.
 */
@NullMarked
package fr.gouv.sante.jalons.reportimport.domain;

import org.jspecify.annotations.NullMarked;
