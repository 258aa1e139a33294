package fr.gouv.sante.jalons.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** No account ships with the application; the first administrator comes from the environment, once. */
@JalonsTest
class FirstAdministratorTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theMigrationsCreateNoAccount() {
        // accounts here are only those the tests made (test.jalons); the demo ones live in the local launcher
        assertThat(jdbc.sql("select count(*) from app_user where email not like '%@test.jalons'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyOnce() {
        // other tests leave administrators behind: in a transaction rolled back at the end, they
        // become readers, so that this test always starts from an application with no administrator
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("""
                    update app_user set role = 'READER', organisation_id = (select min(id) from organisation)
                    where role = 'ADMIN'""").update();

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
        });
    }
}
