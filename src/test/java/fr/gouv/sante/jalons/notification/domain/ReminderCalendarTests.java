package fr.gouv.sante.jalons.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reminder is due on a given day: the latest step passed before the due date, then one a week. */
class ReminderCalendarTests {

    static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    private static String key(List<Integer> daysBefore, LocalDate today) {
        return new ReminderCalendar(new ReminderProperties(daysBefore, "-")).scheduledKey(DUE, today);
    }

    @Test
    void beforeTheDueDateTheLatestStepPassedIsDue() {
        List<Integer> calendar = List.of(14, 7, 1);
        assertThat(key(calendar, DUE.minusDays(20))).isNull();
        assertThat(key(calendar, DUE.minusDays(15))).isNull();
        assertThat(key(calendar, DUE.minusDays(14))).isEqualTo("J-14");
        assertThat(key(calendar, DUE.minusDays(8)))
                .as("missed days catch up, same key")
                .isEqualTo("J-14");
        assertThat(key(calendar, DUE.minusDays(7))).isEqualTo("J-7");
        assertThat(key(calendar, DUE.minusDays(1))).isEqualTo("J-1");
        assertThat(key(calendar, DUE)).as("the last day itself").isEqualTo("J-1");
    }

    @Test
    void afterTheDueDateOneReminderAWeek() {
        List<Integer> calendar = List.of(14, 7, 1);
        assertThat(key(calendar, DUE.plusDays(1))).isEqualTo("RETARD-S1");
        assertThat(key(calendar, DUE.plusDays(7))).isEqualTo("RETARD-S1");
        assertThat(key(calendar, DUE.plusDays(8))).isEqualTo("RETARD-S2");
        assertThat(key(calendar, DUE.plusDays(15))).isEqualTo("RETARD-S3");
    }

    @Test
    void theCalendarIsConfigurable() {
        List<Integer> calendar = List.of(3, 30, 0, -2, 3);
        assertThat(key(calendar, DUE.minusDays(31))).isNull();
        assertThat(key(calendar, DUE.minusDays(30))).isEqualTo("J-30");
        assertThat(key(calendar, DUE.minusDays(3))).isEqualTo("J-3");
        assertThat(key(calendar, DUE)).isEqualTo("J-3");
        assertThat(key(List.of(), DUE)).isNull();
        assertThat(key(List.of(), DUE.plusDays(1))).isEqualTo("RETARD-S1");
    }
}
