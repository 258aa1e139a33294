/**
 * Web infrastructure shared by every page and URL: the Spring Security filter chains and security
 * headers, the error pages (404, 400, incident number), the HTTP caching of the answers a feature
 * marks {@link fr.gouv.sante.jalons.shared.web.PublicPage} (ETag, Cache-Control, rendered pages kept
 * in a public cache of {@link fr.gouv.sante.jalons.cluster.PublicCaches}), the static assets (DSFR
 * and the application's stylesheets, content-hashed and cached for a year), and the back office's
 * model attributes. Features live in their modules; this one only frames their HTTP answers, and
 * names none of them: the back office's paths and who may open them are the
 * {@link fr.gouv.sante.jalons.shared.web.BackOfficeArea} beans the features declare, and what its chain
 * needs from accounts is {@link fr.gouv.sante.jalons.shared.web.BackOfficeAccounts}, which the account
 * module implements.
 */
@ApplicationModule(allowedDependencies = {"cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
