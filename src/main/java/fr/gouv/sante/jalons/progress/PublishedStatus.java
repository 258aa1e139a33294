package fr.gouv.sante.jalons.progress;

import fr.gouv.sante.jalons.shared.ProgressStatus;

/** An objective's status as last published, and the period it was published for. */
public record PublishedStatus(ProgressStatus status, String period) {}
