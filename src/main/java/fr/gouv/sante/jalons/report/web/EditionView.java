package fr.gouv.sante.jalons.report.web;

import fr.gouv.sante.jalons.report.EditionSummary;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An edition as its page shows it: number, dates, state, size in ko, SHA-256, download address. */
public record EditionView(long id, String periodCode, int number, String publishedOn, String stateKey, boolean ready,
                          boolean failed, String size, String sha256, String url, String generatedOn, String failure) {

    static EditionView of(EditionSummary edition) {
        String size = edition.size() == null ? ""
                : FrenchFormat.number(BigDecimal.valueOf(edition.size()).divide(BigDecimal.valueOf(1024), 0, RoundingMode.UP));
        return new EditionView(edition.id(), edition.periodCode(), edition.number(), FrenchFormat.dateTime(edition.publishedAt()),
                edition.state().messageKey(), edition.ready(), edition.state() == fr.gouv.sante.jalons.report.EditionState.FAILED,
                size, edition.sha256(), "/bilans/" + edition.periodCode() + "/edition-" + edition.number() + ".pdf",
                FrenchFormat.dateTime(edition.generatedAt()), edition.failure());
    }
}
