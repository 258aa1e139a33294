package fr.gouv.sante.jalons.dashboard.web;

import java.util.List;

/**
 * An objective in a listing: enough to recognise it and follow the link.
 *
 * @param statusPeriod the period of the status shown ("2e semestre 2024"), empty if none
 * @param notUpdated no report in the latest published period ({@code latestPeriod}): the status is an earlier one
 */
public record ObjectiveRowView(
        String code,
        String title,
        String target,
        String url,
        String deadline,
        String deadlineIso,
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
