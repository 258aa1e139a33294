/**
 * Running Jalons as a service: the incident id of every request (in the logs and on error pages),
 * the French 503 answer while PostgreSQL is unreachable, the campaign's metrics and the JSON log
 * option. The management endpoints themselves (health, info, Prometheus) come from Spring Boot
 * Actuator on their own port (see docs/operations.md).
 */
@ApplicationModule(allowedDependencies = {"account", "shared"})
package fr.gouv.sante.jalons.operations;

import org.springframework.modulith.ApplicationModule;
