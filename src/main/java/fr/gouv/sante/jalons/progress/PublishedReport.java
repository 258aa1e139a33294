package fr.gouv.sante.jalons.progress;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.Instant;

/** A published progress report: one objective's update for one period. */
public record PublishedReport(String period, ProgressStatus status, String narrative, Instant publishedAt) {
}
