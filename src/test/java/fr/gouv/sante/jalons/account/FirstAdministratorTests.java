package fr.gouv.sante.jalons.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** No account ships with the application; the first administrator comes from the environment, once. */
@JalonsTest
class FirstAdministratorTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Test
    void theMigrationsCreateNoAccount() {
        // accounts here are only those the tests made (test.jalons); the demo ones live in the local launcher
        assertThat(jdbc.sql("select count(*) from app_user where email not like '%@test.jalons'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyOnce() {
        jdbc.sql("delete from app_user where role = 'ADMIN' and email = 'premier@test.jalons'").update();
        boolean noAdminYet = jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Long.class).single() == 0;
        if (noAdminYet) {
            assertThat(accounts.createFirstAdministrator("premier@test.jalons", "Premier", "un mot de passe solide")).isTrue();
        }
        // once an administrator exists, the start-up variables do nothing
        assertThat(accounts.createFirstAdministrator("second@test.jalons", "Second", "un autre mot de passe")).isFalse();
        assertThat(jdbc.sql("select count(*) from app_user where email = 'second@test.jalons'").query(Long.class).single()).isZero();
    }
}
