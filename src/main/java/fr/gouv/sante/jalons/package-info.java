/**
 * Jalons, a modular monolith: each direct sub-package is a module (see docs/architecture.md).
 */
@NullMarked
package fr.gouv.sante.jalons;

import org.jspecify.annotations.NullMarked;
