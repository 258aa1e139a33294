package fr.gouv.sante.jalons.dashboard.web;

import static fr.gouv.sante.jalons.dashboard.web.ObjectiveRows.inAxis;

import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.DashboardSnapshot;
import fr.gouv.sante.jalons.dashboard.PublicObjective;
import fr.gouv.sante.jalons.dashboard.web.PageViews.AxisCardView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.HomeView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.StatusMoveView;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the home page's view model: the roadmap in figures, by axis, and what moved since the previous period. */
@Component
class HomeViews {

    private final DashboardReader reader;
    private final ObjectiveRows rows;
    private final Formats formats;

    HomeViews(DashboardReader reader, ObjectiveRows rows, Formats formats) {
        this.reader = reader;
        this.rows = rows;
        this.formats = formats;
    }

    /** Rows of each "what changed" list on the home page; the bilan's page of changes lists them all. */
    static final int CHANGES_SHOWN = 20;

    HomeView home() {
        DashboardSnapshot snapshot = reader.snapshot();
        List<PublicObjective> objectives = snapshot.objectives();
        List<StatusMoveView> moves = new ArrayList<>();
        List<ObjectiveRowView> newlyAchieved = new ArrayList<>();
        if (snapshot.previousPeriod() != null) {
            collectChanges(objectives, moves, newlyAchieved);
        }
        int priorities = snapshot.axes().stream()
                .mapToInt(axis -> axis.priorities().size())
                .sum();
        return new HomeView(
                snapshot.roadmap().title(),
                objectives.size(),
                snapshot.axes().size(),
                priorities,
                snapshot.period() != null,
                snapshot.period() == null
                        ? ""
                        : formats.period(snapshot.period().code()),
                snapshot.period() == null
                        ? ""
                        : formats.publishedOn(
                                snapshot.period().publishedAt(),
                                snapshot.period().publishedPrecision()),
                rows.breakdown("overall", objectives),
                axes(snapshot),
                snapshot.previousPeriod() != null,
                snapshot.previousPeriod() == null
                        ? ""
                        : formats.period(snapshot.previousPeriod().code()),
                // the first of each list; a semester that moves thousands of objectives links its bilan's page
                moves.subList(0, Math.min(moves.size(), CHANGES_SHOWN)),
                moves.size(),
                newlyAchieved.subList(0, Math.min(newlyAchieved.size(), CHANGES_SHOWN)),
                newlyAchieved.size(),
                snapshot.period() == null ? "" : "/bilans/" + snapshot.period().code() + "/evolutions",
                (int) objectives.stream().filter(PublicObjective::notUpdated).count(),
                Urls.objectives() + "?maj=non",
                RoadmapViews.facts(snapshot.facts()));
    }

    private List<AxisCardView> axes(DashboardSnapshot snapshot) {
        List<PublicObjective> objectives = snapshot.objectives();
        return snapshot.axes().stream()
                .map(axis -> new AxisCardView(
                        axis.number(),
                        axis.name(),
                        Urls.axis(axis.number()),
                        axis.priorities().size(),
                        (int) objectives.stream().filter(inAxis(axis.number())).count(),
                        rows.breakdown(
                                "axis-" + axis.number(),
                                objectives.stream()
                                        .filter(inAxis(axis.number()))
                                        .toList())))
                .toList();
    }

    private void collectChanges(
            List<PublicObjective> objectives, List<StatusMoveView> moves, List<ObjectiveRowView> newlyAchieved) {
        for (PublicObjective objective : objectives) {
            if (objective.status() != null
                    && objective.previousStatus() != null
                    && objective.status() != objective.previousStatus()) {
                moves.add(new StatusMoveView(
                        rows.row(objective),
                        StatusView.of(objective.previousStatus()),
                        StatusView.of(objective.status())));
            }
            // an objective not updated in the latest period did not change: its status is an earlier one
            if (objective.updatedInLatestPeriod()
                    && objective.status() == ProgressStatus.ACHIEVED
                    && objective.previousStatus() != ProgressStatus.ACHIEVED) {
                newlyAchieved.add(rows.row(objective));
            }
        }
    }
}
