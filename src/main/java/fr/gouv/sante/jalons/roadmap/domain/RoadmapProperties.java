package fr.gouv.sante.jalons.roadmap.domain;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code jalons.roadmap.*}: {@code code}, the roadmap the public pages and the API show. */
@ConfigurationProperties("jalons.roadmap")
@Validated
record RoadmapProperties(@NotBlank String code) {}
