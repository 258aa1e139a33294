/**
 * Value types every module speaks in: objective codes, semesters, deadlines, progress statuses and the
 * exceptions that say "not found" or "malformed". No beans, no persistence.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fr.gouv.sante.jalons.shared;

import org.springframework.modulith.ApplicationModule;
