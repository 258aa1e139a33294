package fr.gouv.sante.jalons.charter;

import org.jspecify.annotations.Nullable;

/**
 * A version of the charter a company may have signed, named by its label in the register.
 *
 * @param designation how the text names it ("une première charte signée en 2021")
 * @param signedYear the year the text says it was signed; null when the text does not say
 * @param predecessor the label of the version it renews; null for the first
 */
public record CharterVersion(
        String version,
        String designation,
        @Nullable Integer signedYear,
        @Nullable String predecessor) {}
