/**
 * The audit trail: every change to a progress report, a measurement, an objective, a user or a role
 * (who, when, what before and after), stored append-only in the transaction of the change.
 */
@ApplicationModule(allowedDependencies = {"account", "roadmap", "shared"})
@NullMarked
package fr.gouv.sante.jalons.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
