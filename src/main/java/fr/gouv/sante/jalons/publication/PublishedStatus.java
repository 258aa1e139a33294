package fr.gouv.sante.jalons.publication;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;

/** An objective's status as last published, the period it was published for, and what it rests on. */
public record PublishedStatus(ProgressStatus status, String period, StatusBasis basis) {}
