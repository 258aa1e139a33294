/**
 * Running Jalons as a service: the incident id of every request (in the logs and on error pages),
 * the French 503 answer while PostgreSQL is unreachable and the JSON log option. It depends on no
 * feature: a module whose URLs carry a secret masks it through a
 * {@link fr.gouv.sante.jalons.operations.PathSecrets} bean before any path is logged or shown. The
 * management endpoints themselves (health, info, Prometheus) come from Spring Boot Actuator on their
 * own port (see docs/operations.md).
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package fr.gouv.sante.jalons.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
