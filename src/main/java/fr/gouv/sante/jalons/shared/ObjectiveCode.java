package fr.gouv.sante.jalons.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An objective's code in its roadmap, "priority-number" such as {@code 1-1} or {@code 18-4}.
 * Codes sort numerically ({@code 1-2} before {@code 1-10}).
 */
public record ObjectiveCode(int priority, int number) implements Comparable<ObjectiveCode> {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]?)-([1-9][0-9]?)");

    public ObjectiveCode {
        if (priority < 1 || priority > 99 || number < 1 || number > 99) {
            throw new MalformedInputException("objective-code", priority + "-" + number);
        }
    }

    /** Parses "P-N"; anything else is a {@link MalformedInputException}. */
    public static ObjectiveCode parse(@Nullable String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new MalformedInputException("objective-code", text);
        }
        return new ObjectiveCode(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /**
     * The code in a page address: a code that does not even have the right shape names no objective,
     * so it is a {@link NotFoundException} (a 404 page), like an unknown one.
     */
    public static ObjectiveCode fromPath(@Nullable String text) {
        if (!isValid(text)) {
            throw new NotFoundException("objective", text);
        }
        return parse(text);
    }

    public static boolean isValid(@Nullable String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public int compareTo(ObjectiveCode other) {
        int byPriority = Integer.compare(priority, other.priority);
        return byPriority != 0 ? byPriority : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return priority + "-" + number;
    }
}
