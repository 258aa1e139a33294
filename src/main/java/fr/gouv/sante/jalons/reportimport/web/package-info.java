/**
 * The spreadsheet import's pages: the workbook's download, the preview of a sent file and its
 * confirmation, and the workspace's link to them.
 */
@NullMarked
package fr.gouv.sante.jalons.reportimport.web;

import org.jspecify.annotations.NullMarked;
