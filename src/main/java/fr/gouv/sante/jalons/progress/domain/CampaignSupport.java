package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.progress.PeriodSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What the reporting and review services share: finding the open period and objectives, and auditing. */
@Component
class CampaignSupport {

    private final RoadmapQueries roadmap;
    private final ReportingPeriodRepository periods;
    private final ApplicationEventPublisher events;

    CampaignSupport(RoadmapQueries roadmap, ReportingPeriodRepository periods, ApplicationEventPublisher events) {
        this.roadmap = roadmap;
        this.periods = periods;
        this.events = events;
    }

    long roadmapId() {
        return roadmap.roadmap().id();
    }

    /**
     * The period whose reports can still be written, reviewed and published: the open campaign, or
     * the published period still taking late reports until the next campaign opens. At most one
     * (unique index {@code uq_reporting_period_one_active}).
     */
    Optional<ReportingPeriod> openPeriod() {
        return periods.findFirstByRoadmapIdAndStateIn(roadmapId(),
                List.of(ReportingPeriod.State.OPEN, ReportingPeriod.State.PUBLISHED));
    }

    ObjectiveDetails objective(ObjectiveCode code) {
        return roadmap.objective(code).orElseThrow(() -> new NotFoundException("objective", code.toString()));
    }

    static PeriodSummary summary(ReportingPeriod period) {
        return period == null ? null
                : new PeriodSummary(period.getCode(), period.getStartsOn(), period.getEndsOn(), period.getPublishedAt());
    }

    void audit(CurrentUser user, String entityType, Object entityId, Long objectiveId, String action,
               Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(new ChangeRecorded(user.id(), user.label(), entityType, String.valueOf(entityId),
                objectiveId, action, before, after));
    }

    /** Someone changed the report since the editor opened it (detected before or at the database update). */
    static class StaleReport extends RuntimeException {
        StaleReport() {
            super("stale report");
        }
    }
}
