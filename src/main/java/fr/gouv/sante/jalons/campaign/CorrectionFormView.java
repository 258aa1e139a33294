package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.shared.ProgressStatus;

/** A published progress report as an administrator may correct it (a new public revision). */
public record CorrectionFormView(
        String objectiveCode,
        String objectiveTitle,
        String period,
        ProgressStatus status,
        String narrative,
        long version,
        int revision) {}
