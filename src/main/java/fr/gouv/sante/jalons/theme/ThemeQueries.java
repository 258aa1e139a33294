package fr.gouv.sante.jalons.theme;

import java.util.List;
import java.util.Optional;

/** Read access to the themes. */
public interface ThemeQueries {

    /** Every theme, in its order. */
    List<ThemeSummary> themes();

    /** One theme by its address ({@code medico-social}). */
    Optional<ThemeDetails> theme(String slug);
}
