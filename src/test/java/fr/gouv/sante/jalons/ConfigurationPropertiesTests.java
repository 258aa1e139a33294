package fr.gouv.sante.jalons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

/**
 * The {@code jalons.*} settings, bound to their records at start: the packaged application.properties
 * and the defaults in code give the documented values, and a wrong value stops the start with Spring
 * Boot's report naming the property. Only the settings records are started (the application's own
 * scan, no database, no web server), so each start takes a fraction of a second.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationPropertiesTests {

    /** The settings without a default in code; the packaged application.properties left out. */
    private static final List<String> REQUIRED_ONLY = List.of(
            "--spring.config.location=optional:classpath:/no-such-configuration.properties",
            "--jalons.base-url=https://jalons.exemple.fr/",
            "--jalons.mail.from=jalons@exemple.fr",
            "--jalons.security.password-memory=64",
            "--jalons.security.password-iterations=1");

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan(basePackageClasses = JalonsApplication.class)
    static class SettingsOnly {}

    @Test
    void thePackagedConfigurationGivesTheProductionSettings() {
        assertThat(settings())
                .containsExactlyInAnyOrder(
                        "BaseUrlProperties[baseUrl=BaseUrl[value=http://localhost:8080]]",
                        "PasswordHashingProperties[passwordMemory=19456, passwordIterations=2]",
                        "FirstAdministratorProperties[email=, password=, name=Administrateur]",
                        "MailDeliveryProperties[from=Jalons <ne-pas-repondre@localhost>, deliveryInterval=PT5S,"
                                + " retryDelay=PT1M, maxAttempts=10]",
                        "ReminderProperties[daysBefore=[14, 7, 1], cron=0 0 8-18 * * MON-FRI]",
                        "ApiAccessProperties[requestsPerMinute=60]",
                        "BilanProperties[writeAfterPublication=true]");
    }

    @Test
    void whatIsNotSetTakesTheDefaultsInCode() {
        assertThat(settings(REQUIRED_ONLY.toArray(String[]::new)))
                .contains(
                        "BaseUrlProperties[baseUrl=BaseUrl[value=https://jalons.exemple.fr]]",
                        "FirstAdministratorProperties[email=, password=, name=Administrateur]",
                        "MailDeliveryProperties[from=jalons@exemple.fr, deliveryInterval=PT5S, retryDelay=PT1M,"
                                + " maxAttempts=10]",
                        "ReminderProperties[daysBefore=[14, 7, 1], cron=0 0 8-18 * * MON-FRI]",
                        "ApiAccessProperties[requestsPerMinute=60]",
                        "BilanProperties[writeAfterPublication=true]");
    }

    @Test
    void theFirstAdministratorsPasswordIsNeverPrinted() {
        assertThat(settings("--jalons.first-admin.email=admin@exemple.fr", "--jalons.first-admin.password=s3cret!"))
                .contains("FirstAdministratorProperties[email=admin@exemple.fr, password=******, name=Administrateur]")
                .noneMatch(line -> line.contains("s3cret!"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jalons.mail.max-attempts=0            | jalons.mail.max-attempts      | must be greater than or equal to 1",
                "jalons.mail.retry-delay=PT0S          | jalons.mail.retry-delay       | must be longer than or equal to 1 milli",
                "jalons.mail.delivery-interval=soon    | jalons.mail.delivery-interval | is not a valid duration",
                "jalons.mail.from=                     | jalons.mail.from              | must not be blank",
                "jalons.mail.from=Jalons <pas adresse> | jalons.mail.from              | must be one mail address",
                "jalons.reminders.days-before=14,0     | jalons.reminders.daysBefore[1] | must be greater than 0",
                "jalons.reminders.cron=tous les jours  | jalons.reminders.cron         | must be a cron expression",
                "jalons.security.password-memory=4     | jalons.security.password-memory | must be greater than or equal to 8",
                "jalons.security.password-iterations=0 | jalons.security.password-iterations | must be greater than or equal to 1",
                "jalons.base-url=ftp://exemple.fr      | jalons.base-url               | must be an absolute http(s) address",
                "jalons.api.requests-per-minute=0      | jalons.api.requests-per-minute | must be greater than 0",
            })
    void aWrongValueStopsTheStartNamingTheProperty(
            String setting, String namedProperty, String reason, CapturedOutput output) {
        assertThatThrownBy(() -> start("--" + setting)).isInstanceOf(RuntimeException.class);
        assertThat(failureReport(output)).contains(namedProperty).contains(reason);
    }

    @Test
    void aMissingRequiredSettingStopsTheStartNamingIt(CapturedOutput output) {
        String[] withoutBaseUrl = REQUIRED_ONLY.stream()
                .filter(argument -> !argument.startsWith("--jalons.base-url="))
                .toArray(String[]::new);
        assertThatThrownBy(() -> start(withoutBaseUrl)).isInstanceOf(RuntimeException.class);
        assertThat(failureReport(output)).contains("jalons.baseUrl").contains("must not be null");
    }

    /** Each settings record as it prints, after a start with {@code args}. */
    private static List<String> settings(String... args) {
        try (ConfigurableApplicationContext context = start(args)) {
            return context.getBeansWithAnnotation(ConfigurationProperties.class).values().stream()
                    .map(Object::toString)
                    .toList();
        }
    }

    /**
     * Starts the settings records only, with the packaged configuration and {@code args}, without the
     * machine's environment variables (a JALONS_BASE_URL set here would change what the tests see).
     */
    private static ConfigurableApplicationContext start(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        SpringApplication application = new SpringApplication(SettingsOnly.class);
        application.setEnvironment(environment);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        return application.run(args);
    }

    /** Spring Boot's "APPLICATION FAILED TO START" report, as an operator reads it in the log. */
    private static String failureReport(CapturedOutput output) {
        String all = output.getAll();
        int start = all.lastIndexOf("APPLICATION FAILED TO START");
        assertThat(start).as("a failure report in the log").isNotNegative();
        return all.substring(start);
    }
}
