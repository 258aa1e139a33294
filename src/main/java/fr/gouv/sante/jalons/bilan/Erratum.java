package fr.gouv.sante.jalons.bilan;

import java.time.Instant;

/** A correction published after a period's edition: the objective, the revision and its reason. */
public record Erratum(String periodCode, String objectiveCode, int revision, String reason, Instant publishedAt) {}
