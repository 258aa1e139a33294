package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.campaign.BulkValidation;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.commitment.CommitmentReporting;
import fr.gouv.sante.jalons.followup.CampaignOverview;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.Semester;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** View models of the back-office pages: display-ready values, French formatting. */
@Component
class BackOfficeViews {

    private final MessageSource messages;

    BackOfficeViews(MessageSource messages) {
        this.messages = messages;
    }

    /** When a period was published, as precisely as known: "le 4 juin 2025", "en décembre 2024". */
    String publishedOn(fr.gouv.sante.jalons.publication.PeriodSummary period) {
        return FigureWords.publishedOn(messages, period.publishedAt(), period.publishedPrecision());
    }

    record StateView(String labelKey, String badgeClass) {}

    record StatusOption(String code, String labelKey) {}

    /** @param submitted this period's measurement as saved, in French words; null when none */
    record IndicatorView(
            long id,
            String name,
            String unit,
            @Nullable String last,
            @Nullable String submitted) {}

    record EditorView(
            String code,
            String title,
            String target,
            List<String> owners,
            boolean hasPeriod,
            String periodLabel,
            String periodStart,
            String periodEnd,
            StateView state,
            String updatedAt,
            @Nullable String reviewComment,
            @Nullable String prefilledFrom,
            boolean canEdit,
            @Nullable String statusLabelKey,
            String narrativeHtml,
            List<IndicatorView> indicators,
            boolean canWithdraw,
            @Nullable Long version,
            @Nullable String updatedBy) {

        /** How a figure may be stated, for each measurement's choice. */
        public List<StatusOption> qualifiers() {
            return Arrays.stream(FigureQualifier.values())
                    .map(q -> new StatusOption(q.name(), "qualifier." + q.name()))
                    .toList();
        }

        /** How precise its date may be. */
        public List<StatusOption> precisions() {
            return Arrays.stream(DatePrecision.values())
                    .map(p -> new StatusOption(p.name(), "precision." + p.name()))
                    .toList();
        }
    }

    /** What a person typed but could not save (a conflict): shown back next to the saved version. */
    record TypedView(@Nullable String statusLabelKey, String narrativeHtml, List<IndicatorView> indicators) {}

    /** @param ownershipKey the message saying whether the reader's organisation leads it or is its designated pilot; null for none */
    record WorkspaceItemView(
            String code,
            String title,
            String url,
            String owners,
            StateView state,
            String updatedAt,
            boolean canEdit,
            @Nullable String ownershipKey,
            boolean mustReport,
            boolean pilot,
            boolean coOwned) {}

    record WorkspaceView(
            boolean hasPeriod,
            String periodLabel,
            String dueOn,
            List<WorkspaceItemView> items,
            boolean showsOwnership,
            List<WorkspaceFilter> filters,
            String filter) {}

    /** One of the filters of "Mes objectifs": its parameter value, label key, count and whether it is applied. */
    record WorkspaceFilter(String value, String labelKey, long count, boolean current) {}

    /** A submitted report in the campaign's list; {@code selection} is the "code:version" its checkbox sends. */
    record ReviewItemView(String code, String title, String owners, String updatedAt, String selection) {}

    BulkView bulk(BulkValidation result, int malformed) {
        return BulkView.of(result, malformed, messages);
    }

    record CompletionView(
            String acronym, int objectives, int todo, int draft, int submitted, int returned, int validated) {}

    record CampaignView(
            boolean hasPeriod,
            String periodLabel,
            String dueOn,
            long periodVersion,
            List<CompletionView> organisations,
            List<ReviewItemView> toReview,
            List<WorkspaceItemView> reports,
            long validated,
            long notValidated,
            @Nullable String suggestedPeriod) {}

    List<StatusOption> statuses() {
        return Arrays.stream(ProgressStatus.values())
                .map(s -> new StatusOption(s.name(), s.messageKey()))
                .toList();
    }

    EditorView editor(ReportFormView editor) {
        PeriodSummary period = editor.period();
        return new EditorView(
                editor.objectiveCode(),
                editor.objectiveTitle(),
                editor.target(),
                editor.owners(),
                period != null,
                period == null ? "" : periodLabel(period.code()),
                period == null ? "" : period.startsOn().toString(),
                period == null ? "" : period.endsOn().toString(),
                state(editor.state()),
                FrenchFormat.dateTime(editor.updatedAt()),
                editor.reviewComment(),
                editor.prefilledFrom() == null ? null : periodLabel(editor.prefilledFrom()),
                editor.canEdit(),
                editor.status() == null ? null : editor.status().messageKey(),
                MarkdownText.toSafeHtml(editor.narrative()),
                editor.indicators().stream()
                        .map(indicator -> indicator(indicator, editor.period()))
                        .toList(),
                editor.canWithdraw(),
                editor.version(),
                editor.updatedBy());
    }

    /** An indicator of the form: its last published figure and the draft one, in words. */
    private IndicatorView indicator(ReportFormView.IndicatorInput indicator, @Nullable PeriodSummary period) {
        return new IndicatorView(
                indicator.id(),
                indicator.name(),
                indicator.unit(),
                indicator.lastValue() == null || indicator.lastDate() == null
                        ? null
                        : message(
                                "report.measurement.last",
                                FigureWords.quantity(
                                        messages, indicator.lastValue(), indicator.unit(), indicator.lastQualifier()),
                                FigureWords.when(
                                        messages, indicator.lastDate(), indicator.lastPrecision(), null, null)),
                indicator.draftValue() == null || indicator.draftDate() == null
                        ? null
                        : message(
                                "report.readonly.measurement",
                                FigureWords.quantity(
                                        messages, indicator.draftValue(), indicator.unit(), indicator.draftQualifier()),
                                FigureWords.when(
                                        messages,
                                        indicator.draftDate(),
                                        indicator.draftPrecision(),
                                        null,
                                        period == null ? null : period.code())));
    }

    /** The conflict page's "your version": the posted form as typed, row by row against the saved indicators. */
    TypedView typed(ReportFormView saved, ProgressReportForm form) {
        ProgressStatus status = null;
        try {
            status = form.getStatus() == null ? null : ProgressStatus.valueOf(form.getStatus());
        } catch (IllegalArgumentException e) {
            // a hand-made status is simply not shown back
        }
        List<IndicatorView> indicators = saved.indicators().stream()
                .map(indicator -> {
                    ProgressReportForm.MeasurementRow row = form.getMeasurements().stream()
                            .filter(r ->
                                    r != null && Long.valueOf(indicator.id()).equals(r.getIndicatorId()))
                            .findFirst()
                            .orElse(null);
                    String text;
                    if (row == null || (row.getId() == null && row.isBlank())) {
                        text = message("report.readonly.no-measurement");
                    } else if (row.isRemove() || row.isBlank()) {
                        text = message("conflict.measurement.removed");
                    } else {
                        text = message(
                                "report.readonly.measurement", typedQuantity(row, indicator.unit()), typedDate(row));
                    }
                    return new IndicatorView(indicator.id(), indicator.name(), indicator.unit(), null, text);
                })
                .toList();
        return new TypedView(
                status == null ? null : status.messageKey(), MarkdownText.toSafeHtml(form.getNarrative()), indicators);
    }

    /** What was typed, with the qualifier chosen: "plus de 52 %" (the value as typed, even if not a number). */
    private String typedQuantity(ProgressReportForm.MeasurementRow row, String unit) {
        String quantity = message("quantity", row.getValue() == null ? "" : row.getValue(), unit);
        FigureQualifier qualifier =
                ProgressReportForms.parse(FigureQualifier.class, row.getQualifier(), FigureQualifier.EXACT);
        return message((qualifier == null ? FigureQualifier.EXACT : qualifier).messageKey(), quantity);
    }

    private String typedDate(ProgressReportForm.MeasurementRow row) {
        String date = row.getDate();
        DatePrecision typed = ProgressReportForms.parse(DatePrecision.class, row.getDatePrecision(), DatePrecision.DAY);
        DatePrecision precision = typed == null ? DatePrecision.DAY : typed;
        try {
            return FigureWords.when(
                    messages, java.time.LocalDate.parse(date == null ? "" : date.strip()), precision, null, null);
        } catch (java.time.format.DateTimeParseException e) {
            return date == null ? "" : date;
        }
    }

    /**
     * "Mes objectifs" as one organisation sees it: without an open campaign nothing is "à faire", and
     * each objective says that the organisation leads it, or pilots it when the DNS designated it pilot.
     */
    WorkspaceView workspace(Workspace workspace, @Nullable String organisationAcronym, String filter) {
        boolean open = workspace.period() != null;
        List<WorkspaceItemView> all = workspace.items().stream()
                .map(item -> {
                    WorkspaceItemView view = item(item);
                    StateView state = open || item.state() != ReportState.TODO
                            ? view.state()
                            : new StateView("workspace.state.no-campaign", "fr-badge--no-icon");
                    boolean pilot = organisationAcronym != null && organisationAcronym.equals(item.pilot());
                    boolean coOwned = organisationAcronym != null && item.pilot() != null && !pilot;
                    return new WorkspaceItemView(
                            view.code(),
                            view.title(),
                            view.url(),
                            view.owners(),
                            state,
                            view.updatedAt(),
                            view.canEdit(),
                            ownershipKey(item, organisationAcronym),
                            item.mustReport(),
                            pilot,
                            coOwned);
                })
                .toList();
        String applied = WORKSPACE_FILTERS.containsKey(filter) ? filter : "";
        List<WorkspaceFilter> filters = organisationAcronym == null
                ? List.of()
                : WORKSPACE_FILTERS.entrySet().stream()
                        .map(entry -> new WorkspaceFilter(
                                entry.getKey(),
                                "workspace.filter." + (entry.getKey().isEmpty() ? "all" : entry.getKey()),
                                all.stream().filter(entry.getValue()).count(),
                                entry.getKey().equals(applied)))
                        .toList();
        return new WorkspaceView(
                open,
                workspace.period() != null ? periodLabel(workspace.period().code()) : "",
                FrenchFormat.date(workspace.dueOn()),
                all.stream().filter(WORKSPACE_FILTERS.get(applied)).toList(),
                organisationAcronym != null,
                filters,
                applied);
    }

    /** "Mes objectifs" filters, by parameter value: all, to update, piloted, co-owned (another organisation pilots). */
    private static final Map<String, Predicate<WorkspaceItemView>> WORKSPACE_FILTERS = workspaceFilters();

    private static Map<String, Predicate<WorkspaceItemView>> workspaceFilters() {
        Map<String, Predicate<WorkspaceItemView>> filters = new LinkedHashMap<>();
        filters.put("", item -> true);
        filters.put("a-mettre-a-jour", WorkspaceItemView::mustReport);
        filters.put("pilote", WorkspaceItemView::pilot);
        filters.put("co-porte", WorkspaceItemView::coOwned);
        return filters;
    }

    private static @Nullable String ownershipKey(Workspace.Item item, @Nullable String acronym) {
        if (acronym == null || !item.owners().contains(acronym)) {
            return null;
        }
        if (acronym.equals(item.pilot())) {
            return "workspace.ownership.pilot";
        }
        if (item.pilot() == null) {
            return "workspace.ownership.owner";
        }
        return item.mustReport() ? "workspace.ownership.co-owner.reports" : "workspace.ownership.co-owner";
    }

    CampaignView campaign(CampaignOverview overview) {
        List<WorkspaceItemView> reports =
                overview.reports().stream().map(this::item).toList();
        return new CampaignView(
                overview.period() != null,
                overview.period() == null ? "" : periodLabel(overview.period().code()),
                FrenchFormat.date(overview.dueOn()),
                overview.periodVersion(),
                overview.organisations().stream()
                        .map(o -> new CompletionView(
                                o.acronym(),
                                o.objectives(),
                                o.count(ReportState.TODO),
                                o.count(ReportState.DRAFT),
                                o.count(ReportState.SUBMITTED),
                                o.count(ReportState.RETURNED),
                                o.count(ReportState.VALIDATED)))
                        .toList(),
                overview.reports().stream()
                        .filter(r -> r.state() == ReportState.SUBMITTED)
                        .map(r -> new ReviewItemView(
                                r.code(),
                                r.title(),
                                String.join(", ", r.owners()),
                                FrenchFormat.dateTime(r.updatedAt()),
                                r.code() + ":" + r.version()))
                        .toList(),
                reports,
                overview.count(ReportState.VALIDATED),
                overview.reports().size() - overview.count(ReportState.VALIDATED),
                overview.suggestedNextPeriod());
    }

    private WorkspaceItemView item(Workspace.Item item) {
        return new WorkspaceItemView(
                item.code(),
                item.title(),
                "/espace/objectifs/" + item.code(),
                String.join(", ", item.owners()),
                state(item.state()),
                FrenchFormat.dateTime(item.updatedAt()),
                item.canEdit(),
                null,
                item.mustReport(),
                false,
                false);
    }

    /** A State commitment of the charter in the workspace, next to the objectives. */
    record CommitmentItemView(int number, String text, String leads, StateView state, String updatedAt, String url) {}

    List<CommitmentItemView> commitments(List<CommitmentReporting.WorkspaceItem> items) {
        return items.stream()
                .map(item -> new CommitmentItemView(
                        item.number(),
                        item.text(),
                        String.join(", ", item.leads()),
                        state(item.state()),
                        FrenchFormat.dateTime(item.updatedAt()),
                        "/espace/engagements/" + item.number()))
                .toList();
    }

    StateView state(ReportState state) {
        return new StateView(state.messageKey(), state.badgeClass());
    }

    String periodLabel(String code) {
        Semester semester = Semester.parse(code);
        return message(semester.labelKey(), semester.year());
    }

    private String message(String key, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
