/**
 * Who may do what: back-office users, their role (ADMIN, EDITOR or READER of one organisation),
 * login with throttling, the first administrator, the {@link fr.gouv.sante.jalons.account.AccessPolicy}
 * every service consults, and what the web module's security filter chains need from accounts
 * ({@link fr.gouv.sante.jalons.account.BackOfficeAuthentication}). Public pages and open data need no account.
 */
@ApplicationModule(allowedDependencies = {"organisation", "shared"})
package fr.gouv.sante.jalons.account;

import org.springframework.modulith.ApplicationModule;
