package fr.gouv.sante.jalons.notification.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which reminder is due on a day: {@code days-before} the due date (14, 7 and 1 days by default), the
 * latest step passed, then one a week after it.
 */
@Component
class ReminderCalendar {

    private final List<Integer> daysBefore;

    ReminderCalendar(ReminderProperties properties) {
        this.daysBefore = properties.daysBefore().stream()
                .filter(days -> days > 0)
                .sorted()
                .distinct()
                .toList();
    }

    /** J-14, J-7, J-1 before the due date (the latest one passed); RETARD-S1, -S2... each week after it. */
    @Nullable
    String scheduledKey(@Nullable LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return null;
        }
        if (today.isAfter(dueOn)) {
            long week = (ChronoUnit.DAYS.between(dueOn, today) - 1) / 7 + 1;
            return "RETARD-S" + week;
        }
        long left = ChronoUnit.DAYS.between(today, dueOn);
        return daysBefore.stream()
                .filter(days -> days >= left)
                .findFirst()
                .map(days -> "J-" + days)
                .orElse(null);
    }
}
