package fr.gouv.sante.jalons.charter;

import java.util.Locale;
import java.util.Optional;

/** Who makes a commitment: the public authorities (section III of the text) or the companies (section IV). */
public enum Party {
    STATE("etat"),
    INDUSTRY("entreprises");

    private final String slug;

    Party(String slug) {
        this.slug = slug;
    }

    /** The party in a page address: {@code etat}, {@code entreprises}. */
    public String slug() {
        return slug;
    }

    public static Optional<Party> fromSlug(String slug) {
        for (Party party : values()) {
            if (party.slug.equals(slug)) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }

    /** The anchor of a commitment on the charter's page, e.g. {@code etat-5}. */
    public String anchor(int number) {
        return slug + "-" + number;
    }

    /** A code as written in the open data ({@code STATE}), any case; empty for anything else. */
    public static Optional<Party> fromCode(String code) {
        try {
            return code == null
                    ? Optional.empty()
                    : Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
