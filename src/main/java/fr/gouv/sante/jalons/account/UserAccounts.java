package fr.gouv.sante.jalons.account;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Creating and changing back-office accounts. Every method checks the caller's rights itself. */
public interface UserAccounts {

    /** Passwords: at least 12 characters, no composition rule (ANSSI and NIST guidance), at most 128. */
    int MIN_PASSWORD_LENGTH = 12;

    int MAX_PASSWORD_LENGTH = 128;

    /** The longest e-mail address a mail server accepts (RFC 5321's path limit). */
    int MAX_EMAIL_LENGTH = 254;

    /** The longest display name. */
    int MAX_NAME_LENGTH = 120;

    List<AccountSummary> list(CurrentUser actor);

    /**
     * Creates an account.
     *
     * @throws AccountRejected when the email is taken, the password too short, the organisation unknown...
     */
    AccountSummary create(CurrentUser actor, NewAccount account);

    AccountSummary changeRole(
            CurrentUser actor, long userId, @Nullable Role role, @Nullable String organisationAcronym);

    AccountSummary changeEnabled(CurrentUser actor, long userId, boolean enabled);

    /** Sets whether the account signs in with ProConnect only (its password then refused). */
    AccountSummary changeProConnectOnly(CurrentUser actor, long userId, boolean proConnectOnly);

    /**
     * Creates the first administrator of an empty installation. Does nothing if an administrator
     * already exists, so that it can run at every start.
     *
     * @return true if an account was created
     */
    boolean createFirstAdministrator(String email, String displayName, String password);
}
