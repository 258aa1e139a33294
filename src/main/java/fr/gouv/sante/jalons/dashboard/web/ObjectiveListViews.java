package fr.gouv.sante.jalons.dashboard.web;

import static fr.gouv.sante.jalons.dashboard.web.ObjectiveRows.parseInt;
import static fr.gouv.sante.jalons.dashboard.web.ObjectiveRows.shorten;

import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.DashboardSnapshot;
import fr.gouv.sante.jalons.dashboard.ObjectiveFilter;
import fr.gouv.sante.jalons.dashboard.ObjectiveSearch;
import fr.gouv.sante.jalons.dashboard.ObjectiveThemes;
import fr.gouv.sante.jalons.dashboard.PublicObjective;
import fr.gouv.sante.jalons.dashboard.web.PageViews.ObjectiveListView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.Option;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds the objective list: filters, search and sort, all read from the URL, a bad value named and ignored. */
@Component
class ObjectiveListViews implements ObjectiveSearch {

    private final DashboardReader reader;
    private final ObjectiveRows rows;
    private final Formats formats;
    private final Clock clock;
    private final ObjectProvider<ObjectiveThemes> themes;

    ObjectiveListViews(
            DashboardReader reader,
            ObjectiveRows rows,
            Formats formats,
            Clock clock,
            ObjectProvider<ObjectiveThemes> themes) {
        this.reader = reader;
        this.rows = rows;
        this.formats = formats;
        this.clock = clock;
        this.themes = themes;
    }

    @Override
    public List<String> codes(ObjectiveFilter filter) {
        return select(filter).objectives().stream().map(PublicObjective::code).toList();
    }

    /** Rows per page of the list: the whole current roadmap fits in one, a large one stays light. */
    static final int PAGE_SIZE = 100;

    ObjectiveListView objectives(ObjectiveFilter filter) {
        Selected selected = select(filter);
        DashboardSnapshot snapshot = selected.snapshot();
        int total = selected.objectives().size();
        int pages = PageLinks.count(total, PAGE_SIZE);
        int asked = PageLinks.requested(filter.page(), pages);
        List<String> notices = new ArrayList<>(selected.notices());
        if (asked == 0) {
            notices.add(formats.message("list.page.unknown", filter.page(), pages));
        }
        int page = Math.max(asked, 1);
        // only the rows of the page are turned into views: a list of thousands stays a page of a hundred
        List<ObjectiveRowView> results =
                selected.objectives().subList((page - 1) * PAGE_SIZE, Math.min(total, page * PAGE_SIZE)).stream()
                        .map(rows::row)
                        .toList();
        List<Option> statuses = statusOptions(selected.status());
        List<Option> axes = axisOptions(snapshot, selected.axis());
        List<Option> priorities = priorityOptions(snapshot, selected.priority());
        List<Option> organisations = organisationOptions(snapshot, selected.organisation());
        List<Option> years = selected.years().stream()
                .map(y -> new Option(String.valueOf(y), String.valueOf(y), y.equals(selected.year())))
                .toList();
        List<Option> updates = updateOptions(snapshot, selected.updated());
        List<Option> themeOptions = selected.themes().stream()
                .map(t -> new Option(
                        t.slug(),
                        t.title(),
                        selected.theme() != null
                                && t.slug().equals(selected.theme().slug())))
                .toList();
        String countLabel = pages > 1
                ? formats.message("list.count.page", formats.message("list.count", total), page, pages)
                : formats.message("list.count", total);
        String criteria = criteria(selected, statuses, axes, priorities, organisations, years, updates, themeOptions);
        return new ObjectiveListView(
                statuses,
                axes,
                priorities,
                organisations,
                years,
                Arrays.stream(Sort.values())
                        .map(s -> new Option(s.parameter, formats.message(s.labelKey), s == selected.sort()))
                        .toList(),
                selected.overdueOnly(),
                selected.query(),
                results,
                countLabel,
                notices,
                selected.filtered(),
                criteria.isEmpty() ? formats.message("list.title") : formats.message("list.title.filtered", criteria),
                pageTitle(criteria, countLabel, page),
                Urls.objectivesCsv(filter),
                Urls.objectivesJson(
                        selected.theme() == null ? null : selected.theme().slug()),
                updates,
                themeOptions,
                PageLinks.of(page, pages, number -> Urls.objectivesPage(filter, number)));
    }

    /** The tab's title: which list, and which of its pages, so that two pages never share a title. */
    private String pageTitle(String criteria, String countLabel, int page) {
        if (criteria.isEmpty()) {
            return page > 1 ? formats.message("list.page.title.page", page) : formats.message("list.page.title");
        }
        return formats.message("list.page.title.filtered", countLabel, criteria);
    }

    /**
     * What the list shows, in words, in the form's order ("recherche « ordonnance », statut : En
     * retard"): the heading and the tab's title say which list this is. Empty when nothing applies.
     */
    private String criteria(
            Selected selected,
            List<Option> statuses,
            List<Option> axes,
            List<Option> priorities,
            List<Option> organisations,
            List<Option> years,
            List<Option> updates,
            List<Option> themeOptions) {
        List<String> parts = new ArrayList<>();
        if (!selected.query().isEmpty()) {
            parts.add(formats.message("list.criterion.query", selected.query()));
        }
        criterion(parts, "filter.status", statuses);
        criterion(parts, "filter.axis", axes);
        criterion(parts, "filter.priority", priorities);
        criterion(parts, "filter.organisation", organisations);
        criterion(parts, "filter.year", years);
        criterion(parts, "filter.update", updates);
        criterion(parts, "filter.theme", themeOptions);
        if (selected.overdueOnly()) {
            parts.add(lowerFirst(formats.message("filter.overdue")));
        }
        return String.join(formats.message("list.separator"), parts);
    }

    private void criterion(List<String> parts, String filterKey, List<Option> options) {
        options.stream()
                .filter(Option::selected)
                .findFirst()
                .ifPresent(option -> parts.add(
                        formats.message("list.criterion", lowerFirst(formats.message(filterKey)), option.label())));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.FRENCH) + text.substring(1);
    }

    private Selected select(ObjectiveFilter filter) {
        DashboardSnapshot snapshot = reader.snapshot();
        Set<Integer> years = deadlineYears(snapshot);
        Selection selection = new Selection();
        ProgressStatus status = selection.apply(
                filter.statut(),
                "filter.status",
                StatusView::fromSlug,
                wanted -> objective -> objective.status() == wanted);
        Integer axis = selection.apply(
                filter.axe(),
                "filter.axis",
                raw -> parseInt(raw).filter(n -> snapshot.axis(n).isPresent()),
                ObjectiveRows::inAxis);
        Integer priority = selection.apply(
                filter.priorite(),
                "filter.priority",
                raw -> parseInt(raw).filter(n -> hasPriority(snapshot, n)),
                wanted -> objective -> objective.objective().priority().number() == wanted);
        OrganisationSummary organisation = selection.apply(
                filter.organisation(),
                "filter.organisation",
                snapshot::organisationBySlug,
                wanted -> objective -> objective.ledBy(wanted.acronym()));
        Integer year = selection.apply(
                filter.annee(),
                "filter.year",
                raw -> parseInt(raw).filter(years::contains),
                wanted -> objective -> objective.objective().deadline().date().getYear() == wanted);
        boolean overdueOnly = overdueOnly(filter, selection);
        Boolean updated = selection.apply(
                filter.maj(),
                "filter.update",
                ObjectiveListViews::yesOrNo,
                wanted -> wanted ? PublicObjective::updatedInLatestPeriod : PublicObjective::notUpdated);
        List<ObjectiveThemes.Theme> allThemes = themes();
        ObjectiveThemes.Theme theme = selection.apply(
                filter.theme(),
                "filter.theme",
                raw -> allThemes.stream().filter(t -> t.slug().equals(raw)).findFirst(),
                wanted -> objective -> wanted.objectiveCodes().contains(objective.code()));
        String query = DashboardReader.cleanQuery(filter.q());
        selection.search(query);
        Sort sort = sort(filter, selection);
        List<PublicObjective> objectives = snapshot.objectives().stream()
                .filter(selection.keep)
                .sorted(sort.comparator)
                .toList();
        return new Selected(
                snapshot,
                years,
                status,
                axis,
                priority,
                organisation,
                year,
                overdueOnly,
                updated,
                theme,
                allThemes,
                query,
                sort,
                objectives,
                selection.notices,
                selection.filtered);
    }

    /** Only the objectives past their deadline, when asked for with "oui". */
    private boolean overdueOnly(ObjectiveFilter filter, Selection selection) {
        LocalDate today = LocalDate.now(clock);
        return selection.apply(
                        filter.depassee(),
                        "filter.overdue",
                        raw -> "oui".equals(raw) ? Optional.of(Boolean.TRUE) : Optional.empty(),
                        wanted -> objective -> objective.overdue(today))
                != null;
    }

    /** The order asked for; an unknown one falls back to the codes' order, with a notice. */
    private Sort sort(ObjectiveFilter filter, Selection selection) {
        Sort sort = Sort.fromParameter(filter.tri());
        if (hasText(filter.tri()) && sort == Sort.CODE && !"code".equals(filter.tri())) {
            selection.notices.add(ignored("filter.sort", filter.tri()));
        }
        return sort;
    }

    /** The themes, when the module that owns them is there (it always is in the application). */
    private List<ObjectiveThemes.Theme> themes() {
        ObjectiveThemes provider = themes.getIfAvailable();
        return provider == null ? List.of() : provider.all();
    }

    /** The filters understood, and the objectives they keep in the order asked for. */
    private record Selected(
            DashboardSnapshot snapshot,
            Set<Integer> years,
            @Nullable ProgressStatus status,
            @Nullable Integer axis,
            @Nullable Integer priority,
            @Nullable OrganisationSummary organisation,
            @Nullable Integer year,
            boolean overdueOnly,
            @Nullable Boolean updated,
            ObjectiveThemes.@Nullable Theme theme,
            List<ObjectiveThemes.Theme> themes,
            String query,
            Sort sort,
            List<PublicObjective> objectives,
            List<String> notices,
            boolean filtered) {}

    /** The filters applied so far: what to keep, and the values that were ignored, in the form's order. */
    private final class Selection {
        private Predicate<PublicObjective> keep = objective -> true;
        private final List<String> notices = new ArrayList<>();
        private boolean filtered;

        /** Applies one filter given in the URL; returns its value, or null when absent or ignored (with a notice). */
        <T> @Nullable T apply(
                String raw,
                String filterKey,
                Function<String, Optional<T>> parse,
                Function<T, Predicate<PublicObjective>> predicate) {
            if (!hasText(raw)) {
                return null;
            }
            T value = parse.apply(raw).orElse(null);
            if (value == null) {
                notices.add(ignored(filterKey, raw));
            } else {
                keep = keep.and(predicate.apply(value));
                filtered = true;
            }
            return value;
        }

        void search(String query) {
            if (!query.isEmpty()) {
                Set<String> matches = reader.search(query);
                keep = keep.and(objective -> matches.contains(objective.code()));
                filtered = true;
            }
        }
    }

    private static Optional<Boolean> yesOrNo(String raw) {
        return switch (raw) {
            case "oui" -> Optional.of(Boolean.TRUE);
            case "non" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    private static boolean hasPriority(DashboardSnapshot snapshot, int number) {
        return snapshot.objectives().stream()
                .anyMatch(o -> o.objective().priority().number() == number);
    }

    private static Set<Integer> deadlineYears(DashboardSnapshot snapshot) {
        Set<Integer> years = new TreeSet<>();
        snapshot.objectives()
                .forEach(objective ->
                        years.add(objective.objective().deadline().date().getYear()));
        return years;
    }

    private List<Option> statusOptions(@Nullable ProgressStatus selected) {
        return Arrays.stream(ProgressStatus.values())
                .map(s -> new Option(StatusView.of(s).slug(), formats.message(s.messageKey()), s == selected))
                .toList();
    }

    private List<Option> axisOptions(DashboardSnapshot snapshot, @Nullable Integer selected) {
        return snapshot.axes().stream()
                .map(a -> new Option(
                        String.valueOf(a.number()),
                        formats.message("filter.axis.option", a.number(), a.name()),
                        Integer.valueOf(a.number()).equals(selected)))
                .toList();
    }

    private List<Option> priorityOptions(DashboardSnapshot snapshot, @Nullable Integer selected) {
        return snapshot.axes().stream()
                .flatMap(a -> a.priorities().stream())
                .map(p -> new Option(
                        String.valueOf(p.number()),
                        formats.message("filter.priority.option", p.number(), shorten(p.title())),
                        Integer.valueOf(p.number()).equals(selected)))
                .toList();
    }

    private List<Option> organisationOptions(DashboardSnapshot snapshot, @Nullable OrganisationSummary selected) {
        return snapshot.organisations().stream()
                .map(o -> new Option(o.slug(), o.acronym(), selected != null && o.id() == selected.id()))
                .toList();
    }

    private List<Option> updateOptions(DashboardSnapshot snapshot, @Nullable Boolean selected) {
        if (snapshot.period() == null) {
            return List.of();
        }
        String period = formats.period(snapshot.period().code());
        return List.of(
                new Option("oui", formats.message("filter.update.yes", period), Boolean.TRUE.equals(selected)),
                new Option("non", formats.message("filter.update.no", period), Boolean.FALSE.equals(selected)));
    }

    private String ignored(String filterKey, String value) {
        return formats.message(
                "filter.ignored", formats.message(filterKey), DashboardReader.cleanQuery(shorten(value)));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    // the comparators are stateless lambdas, so the constants stay immutable although Comparator is not
    // annotated @Immutable
    /** The sort orders of the objective list. */
    @SuppressWarnings("ImmutableEnumChecker")
    enum Sort {
        CODE("code", "sort.code", Comparator.comparing(o -> ObjectiveCode.parse(o.code()))),
        DEADLINE(
                "echeance",
                "sort.deadline",
                // by the end of each deadline's period: "1er trimestre 2024" before "fin 2024"
                Comparator.<PublicObjective, LocalDate>comparing(
                                o -> o.objective().deadline().date())
                        .thenComparing(o -> ObjectiveCode.parse(o.code()))),
        STATUS(
                "statut",
                "sort.status",
                // in the order the statuses are declared, objectives without one last
                Comparator.comparing(
                                PublicObjective::status,
                                Comparator.nullsLast(Comparator.<ProgressStatus>naturalOrder()))
                        .thenComparing(o -> ObjectiveCode.parse(o.code()))),
        TITLE(
                "titre",
                "sort.title",
                Comparator.comparing(o -> Normalizer.normalize(o.objective().title(), Normalizer.Form.NFD)
                        .toLowerCase(Locale.ROOT)));

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
}
