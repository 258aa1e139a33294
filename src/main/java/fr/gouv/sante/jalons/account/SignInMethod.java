package fr.gouv.sante.jalons.account;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the current session signed in: with a password, or with ProConnect and what ProConnect said of
 * the authentication. A controller may take it as a parameter.
 *
 * @param acr the authentication context class ({@code eidas1}...), null when none was given
 * @param amr the authentication methods ({@code pwd}, {@code mfa}...)
 */
public record SignInMethod(boolean proConnect, @Nullable String acr, List<String> amr) {

    public static final SignInMethod PASSWORD = new SignInMethod(false, null, List.of());
}
