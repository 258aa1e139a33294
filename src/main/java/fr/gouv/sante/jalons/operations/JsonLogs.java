package fr.gouv.sante.jalons.operations;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code JALONS_LOG_FORMAT=json} (or the profile {@code json-logs}) switches the console to Spring
 * Boot's structured logging in the Elastic Common Schema: one JSON object per line, with the MDC's
 * {@code incident}. Set before the logging system starts, at the lowest precedence so that an explicit
 * {@code logging.structured.format.console} still wins.
 */
public class JsonLogs implements EnvironmentPostProcessor {

    static final String VARIABLE = "JALONS_LOG_FORMAT";
    static final String PROFILE = "json-logs";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean wanted =
                "json".equalsIgnoreCase(environment.getProperty(VARIABLE, "").trim())
                        || environment.matchesProfiles(PROFILE);
        if (wanted) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "jalonsJsonLogs", Map.of("logging.structured.format.console", "ecs")));
        }
    }
}
