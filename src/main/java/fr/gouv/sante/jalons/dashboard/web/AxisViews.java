package fr.gouv.sante.jalons.dashboard.web;

import static fr.gouv.sante.jalons.dashboard.web.ObjectiveRows.inAxis;
import static fr.gouv.sante.jalons.dashboard.web.ObjectiveRows.parseInt;

import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.DashboardSnapshot;
import fr.gouv.sante.jalons.dashboard.web.PageViews.AxisPageView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.PriorityView;
import fr.gouv.sante.jalons.roadmap.AxisSummary;
import fr.gouv.sante.jalons.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds an axis page's view model: its priorities and their objectives. */
@Component
class AxisViews {

    private final DashboardReader reader;
    private final ObjectiveRows rows;
    private final Formats formats;

    AxisViews(DashboardReader reader, ObjectiveRows rows, Formats formats) {
        this.reader = reader;
        this.rows = rows;
        this.formats = formats;
    }

    AxisPageView axis(String number) {
        DashboardSnapshot snapshot = reader.snapshot();
        AxisSummary axis =
                parseInt(number).flatMap(snapshot::axis).orElseThrow(() -> new NotFoundException("axis", number));
        List<PriorityView> priorities = axis.priorities().stream()
                .map(priority -> new PriorityView(
                        priority.number(),
                        priority.title(),
                        priority.objectiveCodes().stream()
                                .map(code -> rows.row(snapshot.objective(code).orElseThrow()))
                                .toList()))
                .toList();
        return new AxisPageView(
                axis.number(),
                axis.name(),
                snapshot.period() == null
                        ? ""
                        : formats.period(snapshot.period().code()),
                rows.breakdown(
                        "axis",
                        snapshot.objectives().stream()
                                .filter(inAxis(axis.number()))
                                .toList()),
                priorities,
                Urls.objectives() + "?axe=" + axis.number());
    }
}
