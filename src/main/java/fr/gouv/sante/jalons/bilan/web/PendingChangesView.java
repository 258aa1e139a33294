package fr.gouv.sante.jalons.bilan.web;

import java.util.List;

/** What a period's next edition would take in, as the administrators' page lists it. */
public record PendingChangesView(
        String periodCode, String periodLabel, int lastEdition, List<Line> lateReports, List<Line> corrections) {

    public boolean none() {
        return lateReports.isEmpty() && corrections.isEmpty();
    }

    public int count() {
        return lateReports.size() + corrections.size();
    }

    /** A late report (no reason) or a correction (its reason), dated. */
    public record Line(String code, String title, String on, String reason) {}
}
