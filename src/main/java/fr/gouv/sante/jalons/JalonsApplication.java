package fr.gouv.sante.jalons;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Jalons: the public follow-up of the French digital-health roadmap. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JalonsApplication {

    /** The time of day, injected so that "past its deadline" can be tested on any date. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }

    public static void main(String[] args) {
        SpringApplication.run(JalonsApplication.class, args);
    }
}
