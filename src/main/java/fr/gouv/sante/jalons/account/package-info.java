/**
 * Who may do what: back-office users, their role (ADMIN, EDITOR or READER of one organisation),
 * login with throttling, the first administrator, the {@link fr.gouv.sante.jalons.account.AccessPolicy}
 * every service consults, and what the infrastructure asks of accounts: the back office's filter chain
 * ({@link fr.gouv.sante.jalons.shared.web.BackOfficeAccounts}), the signed-in user on back-office pages,
 * and the password links' secrets masked in logs and error pages
 * ({@link fr.gouv.sante.jalons.operations.PathSecrets}). Public pages and open data need no account.
 * The sessions, the sign-in page and an account's ProConnect facts (its uid, "ProConnect only") are
 * kept here; the ProConnect sign-in itself is the {@code proconnect} module's, which plugs in through
 * {@link fr.gouv.sante.jalons.account.ProConnectSignIn} and {@link fr.gouv.sante.jalons.account.ProConnectLinking}.
 */
@ApplicationModule(allowedDependencies = {"organisation", "operations", "shared"})
@NullMarked
package fr.gouv.sante.jalons.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
