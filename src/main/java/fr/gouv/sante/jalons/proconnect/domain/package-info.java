/**
 * The ProConnect module's implementation: the OpenID Connect client and the checks of an identity,
 * package-private, plugged into the back office's chain through the account module's port.
 */
@NullMarked
package fr.gouv.sante.jalons.proconnect.domain;

import org.jspecify.annotations.NullMarked;
