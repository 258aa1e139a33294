/**
 * Value types every module speaks in: objective codes, semesters, deadlines, progress statuses and the
 * exceptions that say "not found" or "malformed". No beans, no persistence.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package fr.gouv.sante.jalons.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
