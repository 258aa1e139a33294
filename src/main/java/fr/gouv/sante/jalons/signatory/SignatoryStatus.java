package fr.gouv.sante.jalons.signatory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Whether a signatory still subscribes to the charter, or withdrew (on a date, for a reason). */
public enum SignatoryStatus {
    ACTIVE("actif"),
    WITHDRAWN("retire");

    private final String slug;

    SignatoryStatus(String slug) {
        this.slug = slug;
    }

    /** The status in a page address: {@code actif}, {@code retire}. */
    public String slug() {
        return slug;
    }

    /**
     * A status as a filter or a CSV file gives it: its code ({@code WITHDRAWN}) or its French word, with
     * or without accents ({@code retiré}, {@code retire}), any case; empty for anything else.
     */
    public static Optional<SignatoryStatus> fromText(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (SignatoryStatus status : values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(plain) || status.slug.equals(plain)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
