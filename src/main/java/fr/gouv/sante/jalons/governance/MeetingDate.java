package fr.gouv.sante.jalons.governance;

import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's date as precise as its source: a day, a month or a year. The stored date of a month or
 * a year is its first day, a sort key whose finer parts are never shown.
 */
public record MeetingDate(LocalDate date, Precision precision) implements Comparable<MeetingDate> {

    /** How much of the date the source gives. */
    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    private static final Pattern ISO_DAY = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
    private static final Pattern FRENCH_DAY = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})");
    private static final Pattern FRENCH_MONTH = Pattern.compile("([0-9]{1,2})/([0-9]{4})");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public MeetingDate {
        if (date == null || precision == null) {
            throw new IllegalArgumentException("a meeting date needs a date and a precision");
        }
        if ((precision != Precision.DAY && date.getDayOfMonth() != 1)
                || (precision == Precision.YEAR && date.getMonthValue() != 1)) {
            throw new IllegalArgumentException("a month or a year is stored as its first day: " + date);
        }
    }

    /**
     * The date as a person types it: a day ({@code 2019-06-27} or {@code 27/06/2019}), a month
     * ({@code 2020-02} or {@code 02/2020}) or a year ({@code 2023}), between 2000 and 2100. Empty for
     * anything else, an impossible day (30 February) included.
     */
    public static Optional<MeetingDate> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip();
        try {
            Matcher matcher = ISO_DAY.matcher(typed);
            if (matcher.matches()) {
                return day(matcher.group(1), matcher.group(2), matcher.group(3));
            }
            matcher = FRENCH_DAY.matcher(typed);
            if (matcher.matches()) {
                return day(matcher.group(3), matcher.group(2), matcher.group(1));
            }
            matcher = ISO_MONTH.matcher(typed);
            if (matcher.matches()) {
                return month(matcher.group(1), matcher.group(2));
            }
            matcher = FRENCH_MONTH.matcher(typed);
            if (matcher.matches()) {
                return month(matcher.group(2), matcher.group(1));
            }
            if (YEAR.matcher(typed).matches()) {
                return inRange(new MeetingDate(LocalDate.of(Integer.parseInt(typed), 1, 1), Precision.YEAR));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<MeetingDate> day(String year, String month, String day) {
        return inRange(new MeetingDate(
                LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), Precision.DAY));
    }

    private static Optional<MeetingDate> month(String year, String month) {
        return inRange(new MeetingDate(
                YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)).atDay(1), Precision.MONTH));
    }

    private static Optional<MeetingDate> inRange(MeetingDate date) {
        int year = date.date().getYear();
        return year >= FIRST_YEAR && year <= LAST_YEAR ? Optional.of(date) : Optional.empty();
    }

    /** For machines, as precise as the source: "2019-06-27", "2020-02" or "2023". */
    public String iso() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** In French, as precise as the source: "27 juin 2019", "février 2020" or "2023". */
    public String french() {
        return switch (precision) {
            case DAY -> FrenchFormat.date(date);
            case MONTH -> FrenchFormat.month(YearMonth.from(date));
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** The last day the date may mean: a meeting "in 2023" may still be to come until 31 December. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
        };
    }

    @Override
    public int compareTo(MeetingDate other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }
}
