package fr.gouv.sante.jalons.provenance;

/**
 * A document the reference data was taken from. {@code title} and {@code publisher} are null when the
 * document does not state them; its date is only as precise as the document gives it, and null (with
 * {@code datedIso} and {@code datePrecision}) when nothing in it dates it.
 *
 * @param description what the document is, in a few words (ours, since not every document has a title)
 * @param dated the date in words, e.g. "décembre 2024"; null for an undated document
 * @param datedIso the same date at its precision: {@code 2024-12}, {@code 2023-05-17}; null when undated
 * @param datePrecision {@code DAY}, {@code MONTH} or {@code YEAR}; null when undated
 * @param dateNote how the date was established, or what the text says of its time when it has no date;
 *     may be null
 * @param taken what the reference data took from it
 */
public record SourceDocument(
        String code,
        String description,
        String title,
        String publisher,
        String dated,
        String datedIso,
        String datePrecision,
        String dateNote,
        String taken) {}
