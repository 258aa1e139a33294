package fr.gouv.sante.jalons.organisation;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A lead organisation as the other modules see it.
 *
 * @param siret its SIRET where the DNS recorded one (14 digits), which a ProConnect identity of its
 *     accounts must carry
 */
public record OrganisationSummary(
        long id, String acronym, String name, @Nullable String siret) {

    /** The organisation in a URL: "ARS/GRADeS" is {@code ars-grades}, "GIE SESAM-Vitale" {@code gie-sesam-vitale}. */
    public String slug() {
        return slugOf(acronym);
    }

    public static String slugOf(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
