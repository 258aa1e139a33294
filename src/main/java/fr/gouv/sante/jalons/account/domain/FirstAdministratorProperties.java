package fr.gouv.sante.jalons.account.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jalons.first-admin.*}: the first administrator of an empty installation (see
 * {@link FirstAdministrator}); {@code email} and {@code password} empty by default, {@code name}
 * "Administrateur". Not constrained here: the values matter only while no administrator exists, and
 * then the account's own rules check them with their French messages.
 */
@ConfigurationProperties("jalons.first-admin")
record FirstAdministratorProperties(
        String email,
        String password,
        @DefaultValue("Administrateur") String name) {

    FirstAdministratorProperties {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
    }

    /** Without the password, so that logging or printing these settings never shows it. */
    @Override
    public String toString() {
        return "FirstAdministratorProperties[email=" + email + ", password=" + (password.isEmpty() ? "" : "******")
                + ", name=" + name + "]";
    }
}
