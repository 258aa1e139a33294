package fr.gouv.sante.jalons.apiaccess.web;

import org.jspecify.annotations.Nullable;

/**
 * The token creation form, as typed: the service checks every field. The date stays text here so that a
 * date the browser did not send as one gets a French message next to the field, not a binding error.
 */
public class ApiTokenForm {

    private @Nullable String name;
    private @Nullable String organisation;
    private @Nullable String scope;
    private @Nullable String expiresOn;

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getScope() {
        return scope;
    }

    public void setScope(@Nullable String scope) {
        this.scope = scope;
    }

    public @Nullable String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(@Nullable String expiresOn) {
        this.expiresOn = expiresOn;
    }
}
