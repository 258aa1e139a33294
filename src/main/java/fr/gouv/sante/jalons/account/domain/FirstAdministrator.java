package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * No account ships with the application. At start, if {@code JALONS_FIRST_ADMIN_EMAIL} and
 * {@code JALONS_FIRST_ADMIN_PASSWORD} are set and no administrator exists yet, the first one is
 * created; once one exists, the variables are ignored (and can be removed).
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final String email;
    private final String password;
    private final String name;

    FirstAdministrator(UserAccounts accounts, FirstAdministratorProperties properties) {
        this.accounts = accounts;
        this.email = properties.email();
        this.password = properties.password();
        this.name = properties.name();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        if (accounts.createFirstAdministrator(email, name, password)) {
            LOG.info("First administrator {} created", email);
        }
    }
}
