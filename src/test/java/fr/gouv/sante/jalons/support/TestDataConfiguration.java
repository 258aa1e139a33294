package fr.gouv.sante.jalons.support;

import fr.gouv.sante.jalons.bilan.domain.BilanEditions;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The tests' data: the reference copy taken after the migrations ({@link ReferenceData}), the caches
 * emptied with it ({@link TestCaches}), and the builders tests write their own data with
 * ({@link TestUsers}, {@link CampaignFixture}), and the counter of each request's SQL statements
 * ({@link StatementCounter}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataConfiguration {

    @Bean
    FlywayMigrationStrategy migrateThenCopyTheReferenceData() {
        return ReferenceData::migrate;
    }

    /** Static: a post-processor must exist before the DataSource it wraps. */
    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCounterFilter(StatementCounter counter) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(counter.filter());
        // first of all, so that the session and security filters' statements are the request's too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
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
            BilanEditions bilans,
            JdbcClient jdbc) {
        return new CampaignFixture(reporting, review, overviews, users, bilans, jdbc);
    }
}
