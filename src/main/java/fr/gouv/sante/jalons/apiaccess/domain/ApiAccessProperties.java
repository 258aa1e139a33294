package fr.gouv.sante.jalons.apiaccess.domain;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jalons.api.*}: how many requests a token may make per minute ({@code requests-per-minute},
 * 60: a semester's campaign is a few hundred reports, so an honest synchronisation never waits long),
 * counted in PostgreSQL so that every node shares the count.
 */
@ConfigurationProperties("jalons.api")
@Validated
record ApiAccessProperties(@DefaultValue("60") @Positive int requestsPerMinute) {}
