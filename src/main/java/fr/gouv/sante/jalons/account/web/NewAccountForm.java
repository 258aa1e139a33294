package fr.gouv.sante.jalons.account.web;

import org.jspecify.annotations.Nullable;

/** The account creation form: text only, checked by the UserAccounts service; no password (an invitation is sent). */
public class NewAccountForm {

    private @Nullable String email;
    private @Nullable String displayName;
    private @Nullable String role;
    private @Nullable String organisation;

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getRole() {
        return role;
    }

    public void setRole(@Nullable String role) {
        this.role = role;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }
}
