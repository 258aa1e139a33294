package fr.gouv.sante.jalons.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An objective's deadline as precise as its source: a day, a month, a quarter, a semester or a year.
 * The date is the last day of that period ("d'ici fin 2027" is 31 December 2027, as the reference
 * roadmap's deadlines are stored), a sort key whose finer parts the source did not give and that are
 * never shown: {@link FrenchFormat#deadline} writes it for readers, {@link #iso()} for machines. A
 * value of {@code shared} because every public output (pages, open data, bilans, feeds) writes it.
 */
public record Deadline(LocalDate date, Precision precision) {

    /** How much of the deadline the source gives; the names are what {@code objective.deadline_precision} stores. */
    public enum Precision {
        DAY,
        MONTH,
        QUARTER,
        SEMESTER,
        YEAR
    }

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The ways a deadline may be written, each with the period it names. */
    private static final List<Form> FORMS = List.of(
            new Form("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", m -> day(number(m, 1), number(m, 2), number(m, 3))),
            new Form("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", m -> day(number(m, 3), number(m, 2), number(m, 1))),
            new Form("([0-9]{4})-([0-9]{1,2})", m -> month(number(m, 1), number(m, 2))),
            new Form("([0-9]{1,2})/([0-9]{4})", m -> month(number(m, 2), number(m, 1))),
            new Form("([0-9]{4}) ?-? ?[qQtT]([1-4])", m -> quarter(number(m, 1), number(m, 2))),
            new Form("[qQtT]([1-4]) ?-? ?([0-9]{4})", m -> quarter(number(m, 2), number(m, 1))),
            new Form("([0-9]{4}) ?-? ?[sS]([12])", m -> semester(number(m, 1), number(m, 2))),
            new Form("[sS]([12]) ?-? ?([0-9]{4})", m -> semester(number(m, 2), number(m, 1))),
            new Form("([0-9]{4})", m -> new Deadline(LocalDate.of(number(m, 1), 12, 31), Precision.YEAR)));

    public Deadline {
        if (date == null || precision == null || !date.equals(lastDay(date, precision))) {
            throw new IllegalArgumentException("a deadline is the last day of its period: " + date + " " + precision);
        }
    }

    /**
     * The deadline as written in a file or a form: a day ({@code 2026-06-30} or {@code 30/06/2026}), a
     * month ({@code 2026-06} or {@code 06/2026}), a quarter ({@code 2026-Q1}, {@code 2026-T1} or
     * {@code T1 2026}), a semester ({@code 2026-S1} or {@code S1 2026}) or a year ({@code 2026}), between
     * 2000 and 2100. Empty for anything else, an impossible day included.
     */
    public static Optional<Deadline> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (Form form : FORMS) {
            Matcher matcher = form.pattern().matcher(typed);
            if (matcher.matches()) {
                try {
                    Deadline deadline = form.read().apply(matcher);
                    int year = deadline.date().getYear();
                    return year < FIRST_YEAR || year > LAST_YEAR ? Optional.empty() : Optional.of(deadline);
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** For machines, as precise as the source: "2026-06-30", "2026-06", "2026-Q1", "2026-S1" or "2026". */
    public String iso() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case QUARTER -> date.getYear() + "-Q" + quarterOf(date);
            case SEMESTER -> date.getYear() + "-S" + (date.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /**
     * The value of an HTML {@code <time datetime>}, which can write a day, a month or a year but
     * neither a quarter nor a semester: null for those, whose label then stands alone.
     */
    public @Nullable String htmlDatetime() {
        return switch (precision) {
            case DAY, MONTH, YEAR -> iso();
            case QUARTER, SEMESTER -> null;
        };
    }

    private static Deadline day(int year, int month, int day) {
        return new Deadline(LocalDate.of(year, month, day), Precision.DAY);
    }

    private static Deadline month(int year, int month) {
        return new Deadline(YearMonth.of(year, month).atEndOfMonth(), Precision.MONTH);
    }

    private static Deadline quarter(int year, int quarter) {
        return new Deadline(quarterEnd(year, quarter), Precision.QUARTER);
    }

    private static Deadline semester(int year, int half) {
        return new Deadline(semesterEnd(year, half), Precision.SEMESTER);
    }

    /** 1 for January to March, ..., 4 for October to December. */
    static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 2) / 3;
    }

    private static LocalDate quarterEnd(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    private static LocalDate semesterEnd(int year, int half) {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    private static LocalDate lastDay(LocalDate date, Precision precision) {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case QUARTER -> quarterEnd(date.getYear(), quarterOf(date));
            case SEMESTER -> semesterEnd(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
        };
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    /** A way of writing a deadline: its pattern, and the deadline a match names. */
    private record Form(Pattern pattern, Function<Matcher, Deadline> read) {

        Form(String regex, Function<Matcher, Deadline> read) {
            this(Pattern.compile(regex), read);
        }
    }
}
