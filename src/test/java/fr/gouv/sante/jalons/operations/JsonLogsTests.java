package fr.gouv.sante.jalons.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.env.MockEnvironment;

/** JALONS_LOG_FORMAT=json or the profile json-logs turn on ECS JSON lines; nothing else does. */
class JsonLogsTests {

    private static final String FORMAT = "logging.structured.format.console";

    @Test
    void jsonLogFormatVariableTurnsOnEcsLines() {
        MockEnvironment environment = new MockEnvironment().withProperty("JALONS_LOG_FORMAT", "json");
        new JsonLogs().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(FORMAT)).isEqualTo("ecs");
    }

    @Test
    void jsonLogsProfileTurnsOnEcsLines() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("json-logs");
        new JsonLogs().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(FORMAT)).isEqualTo("ecs");
    }

    @Test
    void plainTextByDefaultAndAnExplicitFormatWins() {
        MockEnvironment plain = new MockEnvironment().withProperty("JALONS_LOG_FORMAT", "text");
        new JsonLogs().postProcessEnvironment(plain, new SpringApplication());
        assertThat(plain.getProperty(FORMAT)).isNull();

        MockEnvironment explicit =
                new MockEnvironment().withProperty("JALONS_LOG_FORMAT", "json").withProperty(FORMAT, "logstash");
        new JsonLogs().postProcessEnvironment(explicit, new SpringApplication());
        assertThat(explicit.getProperty(FORMAT)).isEqualTo("logstash");
    }

    @Test
    void isRegisteredForSpringBoot() throws IOException {
        List<String> registered = new ArrayList<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            Properties factories = PropertiesLoaderUtils.loadProperties(new UrlResource(url));
            registered.add(factories.getProperty(EnvironmentPostProcessor.class.getName(), ""));
        }
        assertThat(registered).anyMatch(names -> names.contains(JsonLogs.class.getName()));
    }
}
