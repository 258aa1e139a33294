package fr.gouv.sante.jalons.notification.domain;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jalons.reminders.*}: the days before the due date a reminder goes ({@code days-before}, 14, 7
 * and 1) and when the job runs ({@code cron}, every hour of working days; "-" never). The schedule reads
 * {@code cron} through its placeholder, with the same default; bound here too so that a wrong value stops
 * the start with the property's name.
 */
@ConfigurationProperties("jalons.reminders")
@Validated
record ReminderProperties(
        @DefaultValue({"14", "7", "1"}) List<@NotNull @Positive Integer> daysBefore,
        @DefaultValue("0 0 8-18 * * MON-FRI") String cron) {

    @AssertTrue(message = "jalons.reminders.cron must be a cron expression of 6 fields, or - for never")
    boolean isCronValid() {
        return Scheduled.CRON_DISABLED.equals(cron) || CronExpression.isValidExpression(cron);
    }
}
