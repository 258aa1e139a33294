package fr.gouv.sante.jalons.notification.domain;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jalons.mail.*}: the outbox's sender ({@code from}, JALONS_MAIL_FROM, required), how often it is
 * delivered ({@code delivery-interval}, 5 s), the first retry's delay ({@code retry-delay}, 1 min, then
 * doubled) and the attempts before a mail is marked failed ({@code max-attempts}, 10). The schedule
 * itself reads {@code delivery-interval} through its placeholder, with the same default; bound here too
 * so that a wrong value stops the start with the property's name.
 */
@ConfigurationProperties("jalons.mail")
@Validated
record MailDeliveryProperties(
        @NotBlank String from,
        @DefaultValue("PT5S") @DurationMin(millis = 1) Duration deliveryInterval,
        @DefaultValue("PT1M") @DurationMin(millis = 1) Duration retryDelay,
        @DefaultValue("10") @Min(1) int maxAttempts) {

    /** Parsed as {@link MailDelivery} parses it; blank is left to {@code @NotBlank}. */
    @AssertTrue(message = "jalons.mail.from must be one mail address, e.g. Jalons <ne-pas-repondre@exemple.fr>")
    boolean isFromAnAddress() {
        if (from == null || from.isBlank()) {
            return true;
        }
        try {
            new InternetAddress(from, true);
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
