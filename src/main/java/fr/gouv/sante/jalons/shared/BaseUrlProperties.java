package fr.gouv.sante.jalons.shared;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jalons.base-url} (JALONS_BASE_URL), bound and checked at start: a value that is not an absolute
 * http(s) address stops the application with the property's name. Here rather than in a feature because
 * the mails and the feeds both write links with it; it is settings, not a service.
 */
@ConfigurationProperties("jalons")
@Validated
public record BaseUrlProperties(@NotNull BaseUrl baseUrl) {}
