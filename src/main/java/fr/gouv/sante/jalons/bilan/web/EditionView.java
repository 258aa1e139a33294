package fr.gouv.sante.jalons.bilan.web;

import fr.gouv.sante.jalons.bilan.EditionSummary;
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

    /**
     * @param publishedOn when the edition was published, as precisely as known ("le 4 juin 2025 à
     *                    10h12", "en décembre 2024")
     */
    static EditionView of(EditionSummary edition, String publishedOn) {
        return of(edition, publishedOn, "");
    }

    /** With the synthesis the DNS entered with the edition's publication (safe HTML, possibly empty). */
    static EditionView of(EditionSummary edition, String publishedOn, String synthesisHtml) {
        String size = edition.size() == null
                ? ""
                : FrenchFormat.number(
                        BigDecimal.valueOf(edition.size()).divide(BigDecimal.valueOf(1024), 0, RoundingMode.UP));
        return new EditionView(
                edition.id(),
                edition.periodCode(),
                edition.number(),
                publishedOn,
                edition.state().messageKey(),
                edition.ready(),
                edition.state() == fr.gouv.sante.jalons.bilan.EditionState.FAILED,
                size,
                edition.sha256(),
                "/bilans/" + edition.periodCode() + "/edition-" + edition.number() + ".pdf",
                FrenchFormat.dateTime(edition.generatedAt()),
                edition.failure(),
                synthesisHtml);
    }
}
