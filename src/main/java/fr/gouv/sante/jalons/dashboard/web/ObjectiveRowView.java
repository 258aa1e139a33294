package fr.gouv.sante.jalons.dashboard.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An objective in a listing: enough to recognise it and follow the link.
 *
 * @param deadline as precise as its source: "fin 2024", "1er trimestre 2024", "30 juin 2025"
 * @param deadlineIso the deadline for an HTML {@code <time>}: a day, a month or a year; null for a quarter or a semester
 * @param statusPeriod the period of the status shown ("2e semestre 2024"), empty if none
 * @param notUpdated no report in the latest published period ({@code latestPeriod}): the status is an earlier one
 */
public record ObjectiveRowView(
        String code,
        String title,
        String target,
        String url,
        String deadline,
        @Nullable String deadlineIso,
        boolean overdue,
        StatusView status,
        List<OwnerLinkView> owners,
        String statusPeriod,
        boolean notUpdated,
        String latestPeriod) {

    public ObjectiveRowView {
        owners = List.copyOf(owners);
    }
}
