/**
 * Sign-in with ProConnect, the State's identity federation for agents, when it is configured: the
 * OpenID Connect client, which account an identity signs in to (its address, its organisation's SIRET,
 * its uid) and why one is refused, signing out at ProConnect too, and the administrators' page where
 * the DNS records the SIRETs those identities must carry. Accounts, sessions and the sign-in page stay
 * {@code account}'s: this module plugs in through its ports
 * ({@link fr.gouv.sante.jalons.account.ProConnectSignIn}, {@link fr.gouv.sante.jalons.account.ProConnectLinking}).
 */
@ApplicationModule(allowedDependencies = {"account", "organisation", "shared"})
@NullMarked
package fr.gouv.sante.jalons.proconnect;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
