package fr.gouv.sante.jalons.publication;

/** A published progress report was corrected: a new revision is public. */
public record PublishedReportCorrected(String objectiveCode, String period) {}
