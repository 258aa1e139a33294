package fr.gouv.sante.jalons.theme.web;

import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.DashboardSnapshot;
import fr.gouv.sante.jalons.dashboard.PublicObjective;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.web.StatusBadge;
import fr.gouv.sante.jalons.theme.ThemeDetails;
import fr.gouv.sante.jalons.theme.ThemeDetails.AssignedObjective;
import fr.gouv.sante.jalons.theme.ThemeQueries;
import fr.gouv.sante.jalons.theme.ThemeSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The public theme pages. A theme's objectives are shown from the dashboard's read model, with the same
 * published status as on the objective list; its own items have no status at all.
 */
@Component
class ThemeViews {

    private final ThemeQueries themes;
    private final DashboardReader reader;
    private final MessageSource messages;
    private final Clock clock;

    ThemeViews(ThemeQueries themes, DashboardReader reader, MessageSource messages, Clock clock) {
        this.themes = themes;
        this.reader = reader;
        this.messages = messages;
        this.clock = clock;
    }

    List<ThemeCard> themes() {
        return themes.themes().stream().map(ThemeViews::card).toList();
    }

    private static ThemeCard card(ThemeSummary theme) {
        return new ThemeCard(
                theme.title(), url(theme.slug()), theme.description(), theme.objectiveCount(), theme.itemCount());
    }

    ThemePage theme(String slug) {
        ThemeDetails theme = themes.theme(slug).orElseThrow(() -> new NotFoundException("theme", slug));
        DashboardSnapshot snapshot = reader.snapshot();
        Map<Long, String> excerpts = new HashMap<>();
        for (AssignedObjective objective : theme.objectives()) {
            excerpts.put(objective.objectiveId(), objective.sourceExcerpt());
        }
        LocalDate today = LocalDate.now(clock.withZone(FrenchFormat.PARIS));
        String latestPeriod =
                snapshot.period() == null ? "" : period(snapshot.period().code());
        List<ObjectiveRow> rows = snapshot.objectives().stream()
                .filter(objective -> excerpts.containsKey(objective.objective().id()))
                .map(objective -> row(
                        objective, excerpts.getOrDefault(objective.objective().id(), ""), latestPeriod, today))
                .toList();
        String query = "?theme=" + URLEncoder.encode(theme.slug(), StandardCharsets.UTF_8);
        return new ThemePage(
                theme.title(),
                theme.description(),
                theme.sourceDocument(),
                rows,
                theme.items().stream()
                        .map(item -> new ItemView(item.title(), item.sourceExcerpt()))
                        .toList(),
                "/objectifs" + query,
                "/opendata/objectives.csv" + query,
                "/api/v1/objectives" + query);
    }

    private ObjectiveRow row(PublicObjective publicObjective, String excerpt, String latestPeriod, LocalDate today) {
        ObjectiveSummary objective = publicObjective.objective();
        return new ObjectiveRow(
                objective.code(),
                objective.title(),
                "/objectifs/" + objective.code(),
                excerpt,
                objective.owners().stream()
                        .map(owner -> new OwnerLink(
                                owner.acronym(),
                                owner.name(),
                                "/organisations/" + OrganisationSummary.slugOf(owner.acronym()),
                                objective.pilotedBy(owner.acronym())))
                        .toList(),
                FrenchFormat.deadline(objective.deadline()),
                objective.deadline().htmlDatetime(),
                publicObjective.overdue(today),
                StatusBadge.of(publicObjective.status(), publicObjective.statusBasis()),
                publicObjective.statusPeriod() == null ? "" : period(publicObjective.statusPeriod()),
                publicObjective.notUpdated(),
                latestPeriod);
    }

    static String url(String slug) {
        return "/themes/" + slug;
    }

    private String period(String code) {
        Semester semester = Semester.parse(code);
        return messages.getMessage(semester.labelKey(), new Object[] {semester.year()}, FrenchFormat.FRENCH);
    }

    /** A theme in the list of themes. */
    record ThemeCard(String title, String url, String description, int objectiveCount, int itemCount) {}

    /**
     * A theme's page.
     *
     * @param listUrl the public objective list filtered on the theme; {@code csvUrl} and {@code jsonUrl} its open data
     */
    record ThemePage(
            String title,
            String description,
            String sourceDocument,
            List<ObjectiveRow> objectives,
            List<ItemView> items,
            String listUrl,
            String csvUrl,
            String jsonUrl) {

        ThemePage {
            objectives = List.copyOf(objectives);
            items = List.copyOf(items);
        }
    }

    /**
     * An objective of the theme as the objective list shows it, with the sentence of the theme's
     * document that names it ({@code excerpt}, null when an administrator added it).
     *
     * @param deadline as precise as its source ("fin 2024"); {@code deadlineIso} its HTML {@code <time>}
     *     value, null for a quarter or a semester
     * @param notUpdated no report in the latest published period ({@code latestPeriod}): the status is an earlier one
     */
    record ObjectiveRow(
            String code,
            String title,
            String url,
            String excerpt,
            List<OwnerLink> owners,
            String deadline,
            @Nullable String deadlineIso,
            boolean overdue,
            StatusBadge status,
            String statusPeriod,
            boolean notUpdated,
            String latestPeriod) {

        ObjectiveRow {
            owners = List.copyOf(owners);
        }
    }

    /** A lead organisation, linked to its page; {@code pilot} only if the DNS designated it. */
    record OwnerLink(String acronym, String name, String url, boolean pilot) {}

    /** A measure of the theme's document that matches no objective. */
    record ItemView(String title, String excerpt) {}
}
