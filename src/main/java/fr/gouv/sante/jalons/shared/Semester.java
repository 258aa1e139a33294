package fr.gouv.sante.jalons.shared;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A reporting semester such as {@code 2024-S2} (July to December 2024). */
public record Semester(int year, int half) implements Comparable<Semester> {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-S([12])");

    public Semester {
        if (year < 2000 || year > 2100 || (half != 1 && half != 2)) {
            throw new MalformedInputException("semester", year + "-S" + half);
        }
    }

    public static Semester parse(@Nullable String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new MalformedInputException("semester", text);
        }
        return new Semester(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The semester a date falls in. */
    public static Semester containing(LocalDate date) {
        return new Semester(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The semester right after this one: 2025-S1 after 2024-S2. */
    public Semester next() {
        return half == 1 ? new Semester(year, 2) : new Semester(year + 1, 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The message that reads "2e semestre 2024"; its argument is {@link #year()}. */
    public String labelKey() {
        return "period.label." + half;
    }

    @Override
    public int compareTo(Semester other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "-S" + half;
    }
}
