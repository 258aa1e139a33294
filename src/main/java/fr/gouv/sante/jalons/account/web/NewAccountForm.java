package fr.gouv.sante.jalons.account.web;

/** The account creation form: text only, checked by the UserAccounts service; no password (an invitation is sent). */
public class NewAccountForm {

    private String email;
    private String displayName;
    private String role;
    private String organisation;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
