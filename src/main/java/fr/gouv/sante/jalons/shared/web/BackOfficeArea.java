package fr.gouv.sante.jalons.shared.web;

import java.util.List;

/**
 * Back-office paths a feature module serves and who may open them, declared as a bean by that module.
 * The back office's filter chain (in the {@code web} module) covers every declared path (an account,
 * never cached, CSRF tokens) and applies the rules: the paths open to anyone first, then those for
 * administrators, then those for any signed-in account; any other path of the chain needs an account.
 * So {@code web} names no feature's URL, and a page added under a declared area (say
 * {@code /admin/**}) gets that area's rule without touching the security configuration.
 */
public interface BackOfficeArea {

    /** Who may open a path. */
    enum Access {
        /** Anyone: the sign-in page, and pages reached from a mail whose link is the credential. */
        ANYONE,
        /** Administrators only. */
        ADMINISTRATORS,
        /** Any signed-in account. */
        SIGNED_IN
    }

    /**
     * One rule.
     *
     * @param access who may open the paths
     * @param patterns Spring path patterns ({@code /admin/**}; the area's own root listed too)
     */
    record Rule(Access access, List<String> patterns) {

        public Rule(Access access, String... patterns) {
            this(access, List.of(patterns));
        }
    }

    /** This module's rules. */
    List<Rule> rules();
}
