package fr.gouv.sante.jalons.support;

import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The tests' data: the reference copy taken after the migrations ({@link ReferenceData}), the caches
 * emptied with it ({@link TestCaches}), and the builders tests write their own data with
 * ({@link TestUsers}, {@link CampaignFixture}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataConfiguration {

    @Bean
    FlywayMigrationStrategy migrateThenCopyTheReferenceData() {
        return ReferenceData::migrate;
    }

    @Bean
    ReferenceData referenceData(DataSource dataSource) {
        return new ReferenceData(dataSource);
    }

    @Bean
    TestCaches testCaches(PublicCaches caches) {
        return new TestCaches(caches);
    }

    @Bean
    TestUsers testUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        return new TestUsers(jdbc, passwords);
    }

    @Bean
    CampaignFixture campaignFixture(
            ProgressReporting reporting,
            ProgressReview review,
            CampaignOverviews overviews,
            TestUsers users,
            JdbcClient jdbc) {
        return new CampaignFixture(reporting, review, overviews, users, jdbc);
    }
}
