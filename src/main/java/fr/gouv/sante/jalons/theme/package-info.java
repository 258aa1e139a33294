/**
 * Themes: cross-cutting readings of the roadmap that a document gives (the medico-social sector, say).
 * A theme groups objectives of the roadmap, by id, each with the sentence of its document that names
 * it, and keeps as items of its own the measures the document states that match no objective (their
 * sentence verbatim, and no progress: nobody reports on them). Administrators change a theme's
 * objectives ({@link fr.gouv.sante.jalons.theme.ThemeEditing}, audited). The public pages
 * {@code /themes} show each objective as the public objective list does, from the dashboard's read
 * model (whose periods are the publication module's); this module provides the dashboard's {@link fr.gouv.sante.jalons.dashboard.ObjectiveThemes},
 * through which the objective list, the API and the CSV export filter on a theme and name it.
 */
@ApplicationModule(
        allowedDependencies = {"dashboard", "publication", "roadmap", "organisation", "account", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.theme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
