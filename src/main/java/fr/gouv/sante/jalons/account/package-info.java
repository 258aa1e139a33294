/**
 * Who may do what: web security (security headers today; users, roles, organisation memberships
 * and login with the semester campaign). Public pages and open data need no account.
 */
@ApplicationModule(allowedDependencies = {"organisation", "shared"})
package fr.gouv.sante.jalons.account;

import org.springframework.modulith.ApplicationModule;
