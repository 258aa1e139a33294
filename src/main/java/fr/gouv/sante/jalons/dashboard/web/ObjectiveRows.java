package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.DashboardSnapshot;
import fr.gouv.sante.jalons.dashboard.PublicObjective;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.ChartGeometry;
import fr.gouv.sante.jalons.shared.ChartGeometry.Span;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The pieces every public page shows: an objective's row, a status breakdown, the latest period's label. */
@Component
class ObjectiveRows {

    private final DashboardReader reader;
    private final Formats formats;
    private final Clock clock;

    ObjectiveRows(DashboardReader reader, Formats formats, Clock clock) {
        this.reader = reader;
        this.formats = formats;
        this.clock = clock;
    }

    ObjectiveRowView row(PublicObjective publicObjective) {
        return row(publicObjective, reader.snapshot());
    }

    /** A row of the given snapshot: a preview passes its own, never the cached one. */
    ObjectiveRowView row(PublicObjective publicObjective, DashboardSnapshot snapshot) {
        return row(
                publicObjective,
                snapshot.period() == null ? null : snapshot.period().code());
    }

    /** A row beside the latest published period's code (null before the first publication). */
    ObjectiveRowView row(PublicObjective publicObjective, @Nullable String latestPeriod) {
        ObjectiveSummary objective = publicObjective.objective();
        List<OwnerLinkView> owners = OwnerLinkView.of(objective);
        return new ObjectiveRowView(
                objective.code(),
                objective.title(),
                objective.target(),
                Urls.objective(objective.code()),
                formats.deadline(objective.deadline()),
                objective.deadline().htmlDatetime(),
                publicObjective.overdue(LocalDate.now(clock)),
                StatusView.of(publicObjective.status(), publicObjective.statusBasis()),
                owners,
                publicObjective.statusPeriod() == null ? "" : formats.period(publicObjective.statusPeriod()),
                publicObjective.notUpdated(),
                latestPeriodLabel(latestPeriod));
    }

    String latestPeriodLabel(DashboardSnapshot snapshot) {
        return latestPeriodLabel(
                snapshot.period() == null ? null : snapshot.period().code());
    }

    String latestPeriodLabel(@Nullable String latestPeriod) {
        return latestPeriod == null ? "" : formats.period(latestPeriod);
    }

    StatusBreakdownView breakdown(String id, List<PublicObjective> objectives) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        int none = 0;
        int inferred = 0;
        for (PublicObjective objective : objectives) {
            if (objective.statusInferred()) {
                inferred++;
            }
            if (objective.status() == null) {
                none++;
            } else {
                counts.merge(objective.status(), 1, Integer::sum);
            }
        }
        int total = objectives.size();
        List<StatusView> statuses = new ArrayList<>();
        List<Integer> shares = new ArrayList<>();
        for (ProgressStatus status : ProgressStatus.values()) {
            statuses.add(StatusView.of(status));
            shares.add(counts.getOrDefault(status, 0));
        }
        if (none > 0) {
            statuses.add(StatusView.NONE);
            shares.add(none);
        }
        List<Span> spans = ChartGeometry.stackedBar(shares, 100);
        List<StatusBreakdownView.Segment> segments = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            StatusView status = statuses.get(i);
            int count = shares.get(i);
            String percent = total == 0 ? "0" : String.valueOf(Math.round(count * 100.0 / total));
            segments.add(new StatusBreakdownView.Segment(
                    status,
                    count,
                    percent,
                    percent(spans.get(i).x()),
                    percent(spans.get(i).width())));
            if (count > 0) {
                parts.add(formats.message("breakdown.part", count, formats.message(status.labelKey())));
            }
        }
        String summary = String.join(", ", parts);
        if (inferred > 0) {
            summary += ". " + formats.message("breakdown.inferred", inferred);
        }
        return new StatusBreakdownView("breakdown-" + id, total, segments, summary, inferred);
    }

    /** A share of the bar in percent, to the hundredth: "33.33". */
    private static String percent(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static Predicate<PublicObjective> inAxis(int axis) {
        return objective -> objective.objective().axis().number() == axis;
    }

    /** A small positive number from a URL, or nothing: never an exception on what a visitor typed. */
    static Optional<Integer> parseInt(String text) {
        if (text == null || !text.matches("[0-9]{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
