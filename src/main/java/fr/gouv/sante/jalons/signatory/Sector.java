package fr.gouv.sante.jalons.signatory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The sectors the charter names for the companies: "sanitaire, médico-social et social". */
public enum Sector {
    SANITAIRE("sanitaire"),
    MEDICO_SOCIAL("medico-social"),
    SOCIAL("social");

    private final String slug;

    Sector(String slug) {
        this.slug = slug;
    }

    /** The sector in a page address or a form: {@code sanitaire}, {@code medico-social}, {@code social}. */
    public String slug() {
        return slug;
    }

    /**
     * A sector as people write it in a form, a filter or a CSV file: its code ({@code MEDICO_SOCIAL}),
     * or its French name with or without accents ({@code médico-social}, {@code Medico-social}).
     */
    public static Optional<Sector> fromText(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('_', '-')
                .replace(' ', '-');
        for (Sector sector : values()) {
            if (sector.slug.equals(plain)) {
                return Optional.of(sector);
            }
        }
        return Optional.empty();
    }
}
