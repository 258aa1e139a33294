/**
 * Web infrastructure shared by every page and URL: the Spring Security filter chains and security
 * headers, the error pages (404, 400, incident number), the HTTP caching of the public pages and open
 * data (ETag, Cache-Control, rendered pages kept in memory), the static assets (DSFR and the
 * application's stylesheets, content-hashed and cached for a year). Features live in their modules;
 * this one only frames their HTTP answers and names none of their classes: what the back office's
 * chain needs from accounts is {@link fr.gouv.sante.jalons.shared.web.BackOfficeAccounts}, which the
 * account module implements.
 */
@ApplicationModule(allowedDependencies = {"dashboard", "shared"})
package fr.gouv.sante.jalons.web;

import org.springframework.modulith.ApplicationModule;
