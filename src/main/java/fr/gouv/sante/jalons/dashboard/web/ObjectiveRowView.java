package fr.gouv.sante.jalons.dashboard.web;

import java.util.List;

/** An objective in a listing: enough to recognise it and follow the link. */
public record ObjectiveRowView(
        String code,
        String title,
        String target,
        String url,
        String deadline,
        String deadlineIso,
        boolean overdue,
        StatusView status,
        List<OwnerLinkView> owners) {

    public ObjectiveRowView {
        owners = List.copyOf(owners);
    }
}
