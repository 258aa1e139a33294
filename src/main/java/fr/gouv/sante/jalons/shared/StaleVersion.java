package fr.gouv.sante.jalons.shared;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Someone saved the thing since this person opened it: nothing was written. The one stale-version
 * rule of every edit screen ({@link #check}) and what the 409 page shows of the saved side.
 */
public class StaleVersion extends RuntimeException {

    private final List<SavedField> saved;
    private final @Nullable String savedBy;
    private final @Nullable Instant savedAt;

    /** Thrown inside the transaction; described afterwards (the saved side is read once it rolled back). */
    public StaleVersion() {
        this(List.of(), null, null);
    }

    /**
     * @param saved   the saved version, field by field
     * @param savedBy who saved it last, when known
     * @param savedAt when, when known
     */
    public StaleVersion(List<SavedField> saved, @Nullable String savedBy, @Nullable Instant savedAt) {
        super("Changed since it was opened");
        this.saved = List.copyOf(saved);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /** The optimistic rule: the version the form started from must still be the saved one. */
    public static void check(@Nullable Long expected, long actual) {
        if (expected == null || expected != actual) {
            throw new StaleVersion();
        }
    }

    public List<SavedField> saved() {
        return saved;
    }

    public @Nullable String savedBy() {
        return savedBy;
    }

    public @Nullable Instant savedAt() {
        return savedAt;
    }

    /**
     * One field of the saved version: a label (message key) and either a text as saved or a message
     * key (a status, a state).
     */
    public record SavedField(
            String labelKey,
            @Nullable String value,
            @Nullable String valueKey) {

        public static SavedField text(String labelKey, @Nullable String value) {
            return new SavedField(labelKey, value == null ? "" : value, null);
        }

        public static SavedField message(String labelKey, String valueKey) {
            return new SavedField(labelKey, null, valueKey);
        }
    }
}
