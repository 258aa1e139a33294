/**
 * Web infrastructure shared by every page and URL: the Spring Security filter chains and security
 * headers, the error pages (404, 400, incident number), the HTTP caching of the public pages and open
 * data (ETag, Cache-Control, rendered pages kept in memory), the static assets (DSFR and the
 * application's stylesheets, content-hashed and cached for a year), and the back office's model attributes.
 * Features live in their modules; this one only frames their HTTP answers.
 */
@ApplicationModule(allowedDependencies = {"account", "dashboard", "shared"})
package fr.gouv.sante.jalons.web;

import org.springframework.modulith.ApplicationModule;
