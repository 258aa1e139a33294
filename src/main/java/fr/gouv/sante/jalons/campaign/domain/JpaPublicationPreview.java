package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.publication.PublicationPreview;
import fr.gouv.sante.jalons.shared.InputRefused;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
class JpaPublicationPreview implements PublicationPreview {

    private final PeriodPublishing publication;
    private final ProgressReporting reporting;
    private final AccessPolicy policy;

    JpaPublicationPreview(PeriodPublishing publication, ProgressReporting reporting, AccessPolicy policy) {
        this.publication = publication;
        this.reporting = reporting;
        this.policy = policy;
    }

    /** The validated reports, which publishing now would make public (an administrator's workspace lists them all). */
    @Override
    public List<String> objectivesToPublish(CurrentUser admin) {
        policy.requireAdmin(admin);
        Workspace all = reporting.workspace(admin);
        if (all.period() == null) {
            throw new InputRefused(Map.of("period", "report.period.none"));
        }
        return all.items().stream()
                .filter(item -> item.state() == ReportState.VALIDATED)
                .map(Workspace.Item::code)
                .toList();
    }

    @Override
    public <T> T asIfPublished(CurrentUser admin, @Nullable String synthesis, Reading<T> reading) {
        return publication.asIfPublished(admin, synthesis, reading);
    }
}
