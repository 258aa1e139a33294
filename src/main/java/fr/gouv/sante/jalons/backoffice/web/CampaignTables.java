package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.followup.CampaignFollowUp;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.Row;
import fr.gouv.sante.jalons.followup.CampaignOverview;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.PendingWork;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The administrators' home and the campaign's tables: what needs the DNS now, and the organisations
 * and reports filtered (organisation, state, late), sorted and cut into pages.
 */
@Component
class CampaignTables {

    static final String ORGANISATIONS = "/admin/campagne/organisations";

    static final String REPORTS = "/admin/campagne/rapports";

    /** An organisation of the completion table; {@code missing} are the objectives it has still to submit. */
    record OrganisationRow(
            String acronym,
            int objectives,
            int todo,
            int draft,
            int submitted,
            int returned,
            int validated,
            String missing,
            int missingCount,
            boolean late) {}

    /** A report of the campaign's list; late when it is not submitted by an organisation that must and the due date is past. */
    record ReportRow(
            String code,
            String title,
            String owners,
            BackOfficeViews.StateView state,
            String updatedAt,
            boolean late,
            int position,
            ReportState stateValue,
            @Nullable Instant updatedInstant) {}

    /** The filters' choices: organisations and states. */
    record FilterOptions(List<String> organisations, List<BackOfficeViews.StatusOption> states) {}

    /** One line of "what needs the DNS now": a count, its sentence and the page to act on it. */
    record PendingView(String labelKey, long count, String url) {}

    record DashboardView(
            long reports,
            long todo,
            long draft,
            long submitted,
            long returned,
            long validated,
            long published,
            long lateOrganisations,
            long organisationsToRemind,
            List<PendingView> pending) {

        /** The reports by state, in the workflow's order. */
        public List<CountView> counts() {
            return List.of(
                    new CountView(ReportState.TODO.messageKey(), todo),
                    new CountView(ReportState.DRAFT.messageKey(), draft),
                    new CountView(ReportState.SUBMITTED.messageKey(), submitted),
                    new CountView(ReportState.RETURNED.messageKey(), returned),
                    new CountView(ReportState.VALIDATED.messageKey(), validated),
                    new CountView(ReportState.PUBLISHED.messageKey(), published));
        }
    }

    record CountView(String labelKey, long count) {}

    private static final Map<String, Comparator<OrganisationRow>> ORGANISATION_COLUMNS = organisationColumns();

    private static final Map<String, Comparator<ReportRow>> REPORT_COLUMNS = reportColumns();

    private final CampaignFollowUp followUp;
    private final BackOfficeViews views;
    private final Clock clock;
    private final List<PendingWork> elsewhere;

    CampaignTables(CampaignFollowUp followUp, BackOfficeViews views, Clock clock, List<PendingWork> elsewhere) {
        this.followUp = followUp;
        this.views = views;
        this.clock = clock;
        this.elsewhere = List.copyOf(elsewhere);
    }

    static Set<String> organisationSorts() {
        return ORGANISATION_COLUMNS.keySet();
    }

    static Set<String> reportSorts() {
        return REPORT_COLUMNS.keySet();
    }

    /** The counts and what waits for the DNS; {@code toConfirm} is the number of reconstructed statuses. */
    DashboardView dashboard(CampaignOverview overview, long toConfirm) {
        List<OrganisationRow> organisations = organisations(overview);
        long late = organisations.stream().filter(OrganisationRow::late).count();
        long toRemind =
                organisations.stream().filter(row -> row.missingCount() > 0).count();
        long submitted = overview.count(ReportState.SUBMITTED);
        List<PendingView> pending = new ArrayList<>();
        if (overview.period() != null) {
            pending.add(new PendingView(
                    "dashboard.pending.submitted", submitted, REPORTS + "?etat=" + ReportState.SUBMITTED.name()));
            pending.add(new PendingView("dashboard.pending.late", late, ORGANISATIONS + "?retard=" + TableQuery.LATE));
            pending.add(new PendingView("dashboard.pending.remind", toRemind, "/admin/relances"));
        }
        pending.add(new PendingView("dashboard.pending.to-confirm", toConfirm, "/admin/statuts-reconstitues"));
        for (PendingWork work : elsewhere) {
            PendingWork.Item item = work.pending();
            pending.add(new PendingView(item.labelKey(), item.count(), item.url()));
        }
        return new DashboardView(
                overview.reports().size(),
                overview.count(ReportState.TODO),
                overview.count(ReportState.DRAFT),
                submitted,
                overview.count(ReportState.RETURNED),
                overview.count(ReportState.VALIDATED),
                overview.count(ReportState.PUBLISHED),
                late,
                toRemind,
                pending.stream().filter(item -> item.count() > 0).toList());
    }

    FilterOptions options(CampaignOverview overview) {
        return new FilterOptions(
                overview.organisations().stream()
                        .map(CampaignOverview.OrganisationCompletion::acronym)
                        .collect(Collectors.toCollection(TreeSet::new))
                        .stream()
                        .toList(),
                java.util.Arrays.stream(ReportState.values())
                        .map(state -> new BackOfficeViews.StatusOption(state.name(), state.messageKey()))
                        .toList());
    }

    TableQuery.Table<OrganisationRow> organisations(CampaignOverview overview, TableQuery query) {
        List<OrganisationRow> rows = organisations(overview).stream()
                .filter(row -> !query.filtersOrganisation() || row.acronym().equals(query.organisation()))
                .filter(row -> query.state() == null || count(row, query.state()) > 0)
                .filter(row -> !query.late() || row.late())
                .toList();
        return query.table(rows, ORGANISATION_COLUMNS);
    }

    TableQuery.Table<ReportRow> reports(CampaignOverview overview, TableQuery query) {
        Set<String> late = lateObjectives();
        List<ReportRow> rows = new ArrayList<>();
        List<Workspace.Item> reports = overview.reports();
        for (int i = 0; i < reports.size(); i++) {
            Workspace.Item item = reports.get(i);
            if ((query.filtersOrganisation() && !item.owners().contains(query.organisation()))
                    || (query.state() != null && item.state() != query.state())
                    || (query.late() && !late.contains(item.code()))) {
                continue;
            }
            rows.add(new ReportRow(
                    item.code(),
                    item.title(),
                    String.join(", ", item.owners()),
                    views.state(item.state()),
                    FrenchFormat.dateTime(item.updatedAt()),
                    late.contains(item.code()),
                    i,
                    item.state(),
                    item.updatedAt()));
        }
        return query.table(rows, REPORT_COLUMNS);
    }

    private List<OrganisationRow> organisations(CampaignOverview overview) {
        Map<String, List<Row>> missing = missingByOrganisation();
        boolean pastDue = pastDue();
        return overview.organisations().stream()
                .map(o -> {
                    List<Row> left = missing.getOrDefault(o.acronym(), List.of());
                    return new OrganisationRow(
                            o.acronym(),
                            o.objectives(),
                            o.count(ReportState.TODO),
                            o.count(ReportState.DRAFT),
                            o.count(ReportState.SUBMITTED),
                            o.count(ReportState.RETURNED),
                            o.count(ReportState.VALIDATED),
                            left.stream().map(Row::objectiveCode).collect(Collectors.joining(", ")),
                            left.size(),
                            pastDue && !left.isEmpty());
                })
                .toList();
    }

    private Map<String, List<Row>> missingByOrganisation() {
        return followUp.openCampaign()
                .<Map<String, List<Row>>>map(campaign ->
                        campaign.missing().stream().collect(Collectors.groupingBy(Row::organisationAcronym)))
                .orElse(Map.of());
    }

    private Set<String> lateObjectives() {
        if (!pastDue()) {
            return Set.of();
        }
        return followUp.openCampaign()
                .map(campaign ->
                        campaign.missing().stream().map(Row::objectiveCode).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private boolean pastDue() {
        LocalDate today = LocalDate.now(clock);
        return followUp.openCampaign().map(campaign -> campaign.pastDue(today)).orElse(false);
    }

    private static int count(OrganisationRow row, ReportState state) {
        return switch (state) {
            case TODO -> row.todo();
            case DRAFT -> row.draft();
            case SUBMITTED -> row.submitted();
            case RETURNED -> row.returned();
            case VALIDATED -> row.validated();
            case PUBLISHED -> 0;
        };
    }

    private static Map<String, Comparator<OrganisationRow>> organisationColumns() {
        Map<String, Comparator<OrganisationRow>> columns = new LinkedHashMap<>();
        columns.put("organisation", Comparator.comparing(OrganisationRow::acronym, String.CASE_INSENSITIVE_ORDER));
        columns.put("objectifs", byInt(OrganisationRow::objectives));
        columns.put("a-faire", byInt(OrganisationRow::todo));
        columns.put("brouillons", byInt(OrganisationRow::draft));
        columns.put("soumis", byInt(OrganisationRow::submitted));
        columns.put("renvoyes", byInt(OrganisationRow::returned));
        columns.put("valides", byInt(OrganisationRow::validated));
        columns.put("manquants", byInt(OrganisationRow::missingCount));
        return columns;
    }

    private static Comparator<OrganisationRow> byInt(ToIntFunction<OrganisationRow> value) {
        return Comparator.comparingInt(value);
    }

    private static Map<String, Comparator<ReportRow>> reportColumns() {
        Map<String, Comparator<ReportRow>> columns = new LinkedHashMap<>();
        columns.put("code", Comparator.comparingInt(ReportRow::position));
        columns.put("porteurs", Comparator.comparing(ReportRow::owners, String.CASE_INSENSITIVE_ORDER));
        columns.put("etat", Comparator.comparing(ReportRow::stateValue));
        columns.put(
                "mise-a-jour",
                Comparator.comparing(ReportRow::updatedInstant, Comparator.nullsFirst(Comparator.naturalOrder())));
        return columns;
    }
}
