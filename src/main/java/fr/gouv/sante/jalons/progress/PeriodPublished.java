package fr.gouv.sante.jalons.progress;

/** A reporting period was published: its validated progress reports are now public. */
public record PeriodPublished(String period) {
}
