package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.DashboardSnapshot;
import fr.gouv.sante.jalons.dashboard.PublicObjective;
import fr.gouv.sante.jalons.dashboard.PublicObjectiveDetails;
import fr.gouv.sante.jalons.dashboard.web.PageViews.AxisCardView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.AxisPageView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.HomeView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.MilestoneView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.ObjectiveListView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.ObjectivePageView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.Option;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationListView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationPageView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationRowView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.PriorityView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.StatusMoveView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.TimelineEntryView;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.progress.PublishedReport;
import fr.gouv.sante.jalons.roadmap.AxisSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds the public pages' view models from the cached read models. */
@Component
class DashboardViews {

    private final DashboardReader reader;
    private final Formats formats;
    private final IndicatorCharts charts;
    private final Clock clock;

    DashboardViews(DashboardReader reader, Formats formats, IndicatorCharts charts, Clock clock) {
        this.reader = reader;
        this.formats = formats;
        this.charts = charts;
        this.clock = clock;
    }

    HomeView home() {
        DashboardSnapshot snapshot = reader.snapshot();
        List<PublicObjective> objectives = snapshot.objectives();
        List<AxisCardView> axes = snapshot.axes().stream()
                .map(axis -> new AxisCardView(axis.number(), axis.name(), Urls.axis(axis.number()),
                        axis.priorities().size(),
                        (int) objectives.stream().filter(inAxis(axis.number())).count(),
                        breakdown("axis-" + axis.number(), objectives.stream().filter(inAxis(axis.number())).toList())))
                .toList();
        List<StatusMoveView> moves = new ArrayList<>();
        List<ObjectiveRowView> newlyAchieved = new ArrayList<>();
        if (snapshot.previousPeriod() != null) {
            for (PublicObjective objective : objectives) {
                if (objective.status() != null && objective.previousStatus() != null
                        && objective.status() != objective.previousStatus()) {
                    moves.add(new StatusMoveView(row(objective), StatusView.of(objective.previousStatus()),
                            StatusView.of(objective.status())));
                }
                // an objective not updated in the latest period did not change: its status is an earlier one
                if (objective.updatedInLatestPeriod() && objective.status() == ProgressStatus.ACHIEVED
                        && objective.previousStatus() != ProgressStatus.ACHIEVED) {
                    newlyAchieved.add(row(objective));
                }
            }
        }
        int priorities = snapshot.axes().stream().mapToInt(axis -> axis.priorities().size()).sum();
        return new HomeView(snapshot.roadmap().title(), objectives.size(), snapshot.axes().size(), priorities,
                snapshot.period() != null,
                snapshot.period() == null ? "" : formats.period(snapshot.period().code()),
                snapshot.period() == null ? "" : formats.date(snapshot.period().publishedAt()),
                breakdown("overall", objectives), axes,
                snapshot.previousPeriod() != null,
                snapshot.previousPeriod() == null ? "" : formats.period(snapshot.previousPeriod().code()),
                moves, newlyAchieved, (int) objectives.stream().filter(PublicObjective::notUpdated).count(),
                Urls.objectives() + "?maj=non");
    }

    AxisPageView axis(String number) {
        DashboardSnapshot snapshot = reader.snapshot();
        AxisSummary axis = parseInt(number)
                .flatMap(snapshot::axis)
                .orElseThrow(() -> new NotFoundException("axis", number));
        List<PriorityView> priorities = axis.priorities().stream()
                .map(priority -> new PriorityView(priority.number(), priority.title(),
                        priority.objectiveCodes().stream()
                                .map(code -> row(snapshot.objective(code).orElseThrow()))
                                .toList()))
                .toList();
        return new AxisPageView(axis.number(), axis.name(),
                snapshot.period() == null ? "" : formats.period(snapshot.period().code()),
                breakdown("axis", snapshot.objectives().stream().filter(inAxis(axis.number())).toList()),
                priorities, Urls.objectives() + "?axe=" + axis.number());
    }

    ObjectivePageView objective(String code) {
        ObjectiveCode objectiveCode = ObjectiveCode.fromPath(code);
        DashboardSnapshot snapshot = reader.snapshot();
        PublicObjective objective = snapshot.objective(code).orElseThrow(() -> new NotFoundException("objective", code));
        PublicObjectiveDetails page = reader.objective(objectiveCode)
                .orElseThrow(() -> new NotFoundException("objective", code));
        ObjectiveDetails details = page.details();
        ObjectiveSummary summary = details.summary();
        List<PublishedReport> reports = page.reports();
        PublishedReport latest = reports.isEmpty() ? null : reports.get(0);
        return new ObjectivePageView(row(objective), summary.axis().number(), summary.axis().name(),
                Urls.axis(summary.axis().number()), summary.priority().number(), summary.priority().title(),
                latest == null ? "" : formats.period(latest.period()),
                latest == null ? "" : MarkdownText.toSafeHtml(latest.narrative()),
                details.milestones().stream()
                        .map(m -> new MilestoneView(formats.date(m.dueDate()), m.description(),
                                m.value() == null ? "" : formats.number(m.value())))
                        .toList(),
                details.indicators().stream()
                        .map(indicator -> charts.chart(indicator,
                                page.measurementsByIndicator().getOrDefault(indicator.id(), List.of())))
                        .toList(),
                reports.stream()
                        .map(report -> new TimelineEntryView(formats.period(report.period()),
                                StatusView.of(report.status()), MarkdownText.toSafeHtml(report.narrative()),
                                formats.date(report.publishedAt()), report.reason(),
                                report.earlierRevisions().stream()
                                        .map(earlier -> new PageViews.EarlierRevisionView(StatusView.of(earlier.status()),
                                                MarkdownText.toSafeHtml(earlier.narrative()),
                                                formats.date(earlier.publishedAt())))
                                        .toList()))
                        .toList(),
                "/api/v1/objectives/" + summary.code(), rebaselining(details), latestPeriodLabel(snapshot));
    }

    private PageViews.RebaseliningView rebaselining(ObjectiveDetails details) {
        if (details.rebaselinings().isEmpty()) {
            return null;
        }
        ObjectiveDetails.Rebaselining first = details.rebaselinings().get(0);
        return new PageViews.RebaseliningView(first.previousTarget(), formats.date(first.previousDeadline()),
                details.summary().target(), formats.date(details.summary().deadline()),
                details.rebaselinings().stream()
                        .map(change -> formats.message("objective.rebaselined.reason", formats.date(change.changedAt()),
                                change.reason()))
                        .toList());
    }

    ObjectiveListView objectives(ObjectiveFilter filter) {
        DashboardSnapshot snapshot = reader.snapshot();
        LocalDate today = LocalDate.now(clock);
        List<String> notices = new ArrayList<>();
        Predicate<PublicObjective> keep = objective -> true;

        ProgressStatus status = null;
        if (hasText(filter.statut())) {
            status = StatusView.fromSlug(filter.statut()).orElse(null);
            if (status == null) {
                notices.add(ignored("filter.status", filter.statut()));
            } else {
                ProgressStatus wanted = status;
                keep = keep.and(objective -> objective.status() == wanted);
            }
        }
        Integer axis = null;
        if (hasText(filter.axe())) {
            axis = parseInt(filter.axe()).filter(n -> snapshot.axis(n).isPresent()).orElse(null);
            if (axis == null) {
                notices.add(ignored("filter.axis", filter.axe()));
            } else {
                keep = keep.and(inAxis(axis));
            }
        }
        Integer priority = null;
        if (hasText(filter.priorite())) {
            priority = parseInt(filter.priorite())
                    .filter(n -> snapshot.objectives().stream().anyMatch(o -> o.objective().priority().number() == n))
                    .orElse(null);
            if (priority == null) {
                notices.add(ignored("filter.priority", filter.priorite()));
            } else {
                int wanted = priority;
                keep = keep.and(objective -> objective.objective().priority().number() == wanted);
            }
        }
        OrganisationSummary organisation = null;
        if (hasText(filter.organisation())) {
            organisation = snapshot.organisationBySlug(filter.organisation()).orElse(null);
            if (organisation == null) {
                notices.add(ignored("filter.organisation", filter.organisation()));
            } else {
                String acronym = organisation.acronym();
                keep = keep.and(objective -> objective.ledBy(acronym));
            }
        }
        Set<Integer> years = new TreeSet<>();
        snapshot.objectives().forEach(objective -> years.add(objective.objective().deadline().getYear()));
        Integer year = null;
        if (hasText(filter.annee())) {
            year = parseInt(filter.annee()).filter(years::contains).orElse(null);
            if (year == null) {
                notices.add(ignored("filter.year", filter.annee()));
            } else {
                int wanted = year;
                keep = keep.and(objective -> objective.objective().deadline().getYear() == wanted);
            }
        }
        boolean overdueOnly = "oui".equals(filter.depassee());
        if (hasText(filter.depassee()) && !overdueOnly) {
            notices.add(ignored("filter.overdue", filter.depassee()));
        }
        if (overdueOnly) {
            keep = keep.and(objective -> objective.overdue(today));
        }
        Boolean updated = null;
        if (hasText(filter.maj())) {
            updated = switch (filter.maj()) {
                case "oui" -> Boolean.TRUE;
                case "non" -> Boolean.FALSE;
                default -> null;
            };
            if (updated == null) {
                notices.add(ignored("filter.update", filter.maj()));
            } else if (updated) {
                keep = keep.and(PublicObjective::updatedInLatestPeriod);
            } else {
                keep = keep.and(PublicObjective::notUpdated);
            }
        }
        String query = DashboardReader.cleanQuery(filter.q());
        if (!query.isEmpty()) {
            Set<String> matches = reader.search(query);
            keep = keep.and(objective -> matches.contains(objective.code()));
        }
        Sort sort = Sort.fromParameter(filter.tri());
        if (hasText(filter.tri()) && Sort.fromParameter(filter.tri()) == Sort.CODE && !"code".equals(filter.tri())) {
            notices.add(ignored("filter.sort", filter.tri()));
        }

        List<ObjectiveRowView> results = snapshot.objectives().stream()
                .filter(keep)
                .sorted(sort.comparator)
                .map(this::row)
                .toList();
        boolean filtered = status != null || axis != null || priority != null || organisation != null || year != null
                || overdueOnly || !query.isEmpty() || updated != null;

        ProgressStatus selectedStatus = status;
        Integer selectedAxis = axis;
        Integer selectedPriority = priority;
        OrganisationSummary selectedOrganisation = organisation;
        Integer selectedYear = year;
        return new ObjectiveListView(
                java.util.Arrays.stream(ProgressStatus.values())
                        .map(s -> new Option(StatusView.of(s).slug(), formats.message(s.messageKey()), s == selectedStatus))
                        .toList(),
                snapshot.axes().stream()
                        .map(a -> new Option(String.valueOf(a.number()), formats.message("filter.axis.option", a.number(), a.name()),
                                Integer.valueOf(a.number()).equals(selectedAxis)))
                        .toList(),
                snapshot.axes().stream().flatMap(a -> a.priorities().stream())
                        .map(p -> new Option(String.valueOf(p.number()),
                                formats.message("filter.priority.option", p.number(), shorten(p.title())),
                                Integer.valueOf(p.number()).equals(selectedPriority)))
                        .toList(),
                snapshot.organisations().stream()
                        .map(o -> new Option(o.slug(), o.acronym(), selectedOrganisation != null && o.id() == selectedOrganisation.id()))
                        .toList(),
                years.stream().map(y -> new Option(String.valueOf(y), String.valueOf(y), y.equals(selectedYear))).toList(),
                java.util.Arrays.stream(Sort.values())
                        .map(s -> new Option(s.parameter, formats.message(s.labelKey), s == sort))
                        .toList(),
                overdueOnly, query, results,
                formats.message("list.count", results.size()),
                notices, filtered,
                Urls.CSV, "/api/v1/objectives", updateOptions(snapshot, updated));
    }

    private List<Option> updateOptions(DashboardSnapshot snapshot, Boolean selected) {
        if (snapshot.period() == null) {
            return List.of();
        }
        String period = formats.period(snapshot.period().code());
        return List.of(new Option("oui", formats.message("filter.update.yes", period), Boolean.TRUE.equals(selected)),
                new Option("non", formats.message("filter.update.no", period), Boolean.FALSE.equals(selected)));
    }

    private String latestPeriodLabel(DashboardSnapshot snapshot) {
        return snapshot.period() == null ? "" : formats.period(snapshot.period().code());
    }

    OrganisationListView organisations() {
        DashboardSnapshot snapshot = reader.snapshot();
        return new OrganisationListView(snapshot.organisations().stream()
                .map(organisation -> {
                    int piloted = (int) snapshot.objectives().stream().filter(o -> o.pilotedBy(organisation.acronym())).count();
                    int total = (int) snapshot.objectives().stream().filter(o -> o.ledBy(organisation.acronym())).count();
                    int updated = (int) snapshot.objectives().stream()
                            .filter(o -> o.ledBy(organisation.acronym()) && o.updatedInLatestPeriod()).count();
                    return new OrganisationRowView(organisation.acronym(), organisation.name(),
                            Urls.organisation(organisation.slug()), piloted, total - piloted, total, updated);
                })
                .toList(), latestPeriodLabel(snapshot));
    }

    OrganisationPageView organisation(String slug) {
        DashboardSnapshot snapshot = reader.snapshot();
        OrganisationSummary organisation = snapshot.organisationBySlug(slug)
                .orElseThrow(() -> new NotFoundException("organisation", slug));
        String acronym = organisation.acronym();
        List<PublicObjective> led = snapshot.objectives().stream().filter(o -> o.ledBy(acronym)).toList();
        return new OrganisationPageView(acronym, organisation.name(), breakdown("organisation", led),
                led.stream().filter(o -> o.pilotedBy(acronym)).map(this::row).toList(),
                led.stream().filter(o -> !o.pilotedBy(acronym)).map(this::row).toList(),
                Urls.objectives() + "?organisation=" + organisation.slug(), latestPeriodLabel(snapshot),
                (int) led.stream().filter(PublicObjective::updatedInLatestPeriod).count(), led.size(),
                Urls.objectives() + "?organisation=" + organisation.slug() + "&maj=non");
    }

    private ObjectiveRowView row(PublicObjective publicObjective) {
        ObjectiveSummary objective = publicObjective.objective();
        List<OwnerLinkView> owners = new ArrayList<>();
        for (int i = 0; i < objective.owners().size(); i++) {
            ObjectiveSummary.OwnerRef owner = objective.owners().get(i);
            owners.add(new OwnerLinkView(owner.acronym(), owner.name(),
                    Urls.organisation(OrganisationSummary.slugOf(owner.acronym())), i == 0));
        }
        return new ObjectiveRowView(objective.code(), objective.title(), objective.target(),
                Urls.objective(objective.code()), formats.date(objective.deadline()), objective.deadline().toString(),
                publicObjective.overdue(LocalDate.now(clock)), StatusView.of(publicObjective.status()), owners,
                publicObjective.statusPeriod() == null ? "" : formats.period(publicObjective.statusPeriod()),
                publicObjective.notUpdated(), latestPeriodLabel(reader.snapshot()));
    }

    private StatusBreakdownView breakdown(String id, List<PublicObjective> objectives) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        int none = 0;
        for (PublicObjective objective : objectives) {
            if (objective.status() == null) {
                none++;
            } else {
                counts.merge(objective.status(), 1, Integer::sum);
            }
        }
        int total = objectives.size();
        List<StatusBreakdownView.Segment> segments = new ArrayList<>();
        BigDecimal x = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        for (ProgressStatus status : ProgressStatus.values()) {
            int count = counts.getOrDefault(status, 0);
            x = addSegment(segments, parts, StatusView.of(status), count, total, x);
        }
        if (none > 0) {
            addSegment(segments, parts, StatusView.NONE, none, total, x);
        }
        return new StatusBreakdownView("breakdown-" + id, total, segments, String.join(", ", parts));
    }

    private BigDecimal addSegment(List<StatusBreakdownView.Segment> segments, List<String> parts, StatusView status,
                                  int count, int total, BigDecimal x) {
        BigDecimal width = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        String percent = total == 0 ? "0" : String.valueOf(Math.round(count * 100.0 / total));
        segments.add(new StatusBreakdownView.Segment(status, count, percent, x.toPlainString(), width.toPlainString()));
        if (count > 0) {
            parts.add(formats.message("breakdown.part", count, formats.message(status.labelKey())));
        }
        return x.add(width);
    }

    private String ignored(String filterKey, String value) {
        return formats.message("filter.ignored", formats.message(filterKey), DashboardReader.cleanQuery(shorten(value)));
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static Predicate<PublicObjective> inAxis(int axis) {
        return objective -> objective.objective().axis().number() == axis;
    }

    private static java.util.Optional<Integer> parseInt(String text) {
        if (text == null || !text.matches("[0-9]{1,4}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Integer.parseInt(text));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** The sort orders of the objective list. */
    enum Sort {
        CODE("code", "sort.code", Comparator.comparing(o -> ObjectiveCode.parse(o.code()))),
        DEADLINE("echeance", "sort.deadline", Comparator.<PublicObjective, LocalDate>comparing(o -> o.objective().deadline())
                .thenComparing(o -> ObjectiveCode.parse(o.code()))),
        STATUS("statut", "sort.status", Comparator.<PublicObjective, Integer>comparing(
                        o -> o.status() == null ? ProgressStatus.values().length : o.status().ordinal())
                .thenComparing(o -> ObjectiveCode.parse(o.code()))),
        TITLE("titre", "sort.title", Comparator.comparing(o -> java.text.Normalizer
                .normalize(o.objective().title(), java.text.Normalizer.Form.NFD).toLowerCase(java.util.Locale.ROOT)));

        final String parameter;
        final String labelKey;
        final Comparator<PublicObjective> comparator;

        Sort(String parameter, String labelKey, Comparator<PublicObjective> comparator) {
            this.parameter = parameter;
            this.labelKey = labelKey;
            this.comparator = comparator;
        }

        static Sort fromParameter(String parameter) {
            for (Sort sort : values()) {
                if (sort.parameter.equals(parameter)) {
                    return sort;
                }
            }
            return CODE;
        }
    }

    /** The public URLs, in French, shareable. */
    static final class Urls {
        static final String CSV = "/opendata/objectives.csv";

        private Urls() {
        }

        static String objectives() {
            return "/objectifs";
        }

        static String objective(String code) {
            return "/objectifs/" + code;
        }

        static String axis(int number) {
            return "/axes/" + number;
        }

        static String organisation(String slug) {
            return UriComponentsBuilder.fromPath("/organisations/{slug}").buildAndExpand(slug).toUriString();
        }
    }
}
