package fr.gouv.sante.jalons.report.web;

import fr.gouv.sante.jalons.report.EditionSummary;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An edition as its page shows it: number, dates, state, size in ko, SHA-256, download address. */
public record EditionView(
        long id,
        String periodCode,
        int number,
        String publishedOn,
        String stateKey,
        boolean ready,
        boolean failed,
        String size,
        String sha256,
        String url,
        String generatedOn,
        String failure,
        String synthesisHtml) {

    public boolean hasSynthesis() {
        return !synthesisHtml.isEmpty();
    }

    static EditionView of(EditionSummary edition) {
        return of(edition, "");
    }

    /** With the synthesis the DNS entered with the edition's publication (safe HTML, possibly empty). */
    static EditionView of(EditionSummary edition, String synthesisHtml) {
        String size = edition.size() == null
                ? ""
                : FrenchFormat.number(
                        BigDecimal.valueOf(edition.size()).divide(BigDecimal.valueOf(1024), 0, RoundingMode.UP));
        return new EditionView(
                edition.id(),
                edition.periodCode(),
                edition.number(),
                when(edition.publishedAt()),
                edition.state().messageKey(),
                edition.ready(),
                edition.state() == fr.gouv.sante.jalons.report.EditionState.FAILED,
                size,
                edition.sha256(),
                "/bilans/" + edition.periodCode() + "/edition-" + edition.number() + ".pdf",
                FrenchFormat.dateTime(edition.generatedAt()),
                edition.failure(),
                synthesisHtml);
    }

    /** The day and time of a publication; the day only for one recorded without a time (the reference period). */
    private static String when(java.time.Instant instant) {
        boolean midnight = instant.atZone(FrenchFormat.PARIS).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        return midnight ? FrenchFormat.date(instant) : FrenchFormat.dateTime(instant);
    }
}
