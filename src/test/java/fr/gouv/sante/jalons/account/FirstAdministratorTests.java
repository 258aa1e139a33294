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
        // each test starts from the migrations' data: no account at all (the demo ones live in the local launcher)
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isZero();
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyOnce() {
        // the test starts from the migrations' data: no administrator yet
        assertThat(accounts.createFirstAdministrator("premier@test.jalons", "Premier", "un mot de passe solide"))
                .isTrue();
        assertThat(jdbc.sql("select role from app_user where email = 'premier@test.jalons'")
                        .query(String.class)
                        .single())
                .isEqualTo("ADMIN");
        // once an administrator exists, the start-up variables do nothing
        assertThat(accounts.createFirstAdministrator("second@test.jalons", "Second", "un autre mot de passe"))
                .isFalse();
        assertThat(jdbc.sql("select count(*) from app_user where email = 'second@test.jalons'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
