package fr.gouv.sante.jalons;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jalons: the public follow-up of the French digital-health roadmap. */
@SpringBootApplication
public class JalonsApplication {

    public static void main(String[] args) {
        SpringApplication.run(JalonsApplication.class, args);
    }
}
