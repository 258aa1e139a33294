package fr.gouv.sante.jalons.provenance;

/**
 * A document an objective's facts were taken from, as {@code source_document_use} records it.
 *
 * @param subject {@code OBJECTIVE} (its structure) or {@code REPORT} (its report of {@code period})
 * @param period the report's period for a {@code REPORT} use, else null
 * @param dated the document's date as its sources' sentence writes it
 */
public record DocumentUse(
        String subject,
        long objectiveId,
        @org.jspecify.annotations.Nullable String period,
        String code,
        String description,
        String dated) {}
