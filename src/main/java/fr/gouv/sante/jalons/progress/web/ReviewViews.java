package fr.gouv.sante.jalons.progress.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import fr.gouv.sante.jalons.history.HistoryEntry;
import fr.gouv.sante.jalons.progress.PublishedReport;
import fr.gouv.sante.jalons.progress.ReportEditor;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the DNS needs beside a submitted report to decide: the last published status and narrative
 * (with a word diff), the measurements against their indicator's targets, who submitted and when, and
 * the earlier review comments of the period.
 */
@Component
class ReviewViews {

    private static final Set<String> SUBMISSIONS = Set.of("CREATED_AND_SUBMITTED", "SAVED_AND_SUBMITTED");
    /** Words and the spaces between them are separate tokens, so the diff marks whole words. */
    private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    private final MessageSource messages;
    private final HistoryViews history;
    private final BackOfficeViews views;

    ReviewViews(MessageSource messages, HistoryViews history, BackOfficeViews views) {
        this.messages = messages;
        this.history = history;
        this.views = views;
    }

    /** A piece of the narrative: unchanged, added or removed since the last publication. */
    record DiffPart(String kind, String text) {

        public boolean added() {
            return "added".equals(kind);
        }

        public boolean removed() {
            return "removed".equals(kind);
        }
    }

    record MeasurementView(String indicator, String value, String targets) {}

    record CommentView(String comment, String by) {}

    /**
     * @param publishedStatus the status label of the last publication, null when there is none
     * @param statusChanged whether the submitted status differs from the last published one
     */
    record ReviewContextView(
            String submittedStatus,
            String publishedStatus,
            String publishedPeriod,
            boolean statusChanged,
            List<DiffPart> diff,
            boolean narrativeChanged,
            List<MeasurementView> measurements,
            String submittedBy,
            List<CommentView> comments) {}

    ReviewContextView context(
            ReportEditor editor,
            ObjectiveDetails objective,
            List<PublishedReport> published,
            List<HistoryEntry> entries) {
        String period = editor.period() == null ? null : editor.period().code();
        PublishedReport last = published.stream()
                .filter(report -> !report.period().equals(period))
                .findFirst()
                .orElse(null);
        String submitted =
                editor.status() == null ? null : message(editor.status().messageKey());
        String previous = last == null ? null : message(last.status().messageKey());
        List<DiffPart> diff =
                diff(last == null ? "" : last.narrative(), editor.narrative() == null ? "" : editor.narrative());
        return new ReviewContextView(
                submitted,
                previous,
                last == null ? null : views.periodLabel(last.period()),
                last != null && last.status() != editor.status(),
                diff,
                diff.stream().anyMatch(part -> !"same".equals(part.kind())),
                measurements(editor, objective),
                submittedBy(entries, period),
                comments(entries, period));
    }

    static List<DiffPart> diff(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<DiffPart> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(parts, "same", old.subList(position, start));
            add(parts, "removed", delta.getSource().getLines());
            add(parts, "added", delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(parts, "same", old.subList(position, old.size()));
        return parts;
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(TOKENS.split(text.replace("\r\n", "\n"), -1));
    }

    private static void add(List<DiffPart> parts, String kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            parts.add(new DiffPart(kind, String.join("", tokens)));
        }
    }

    private List<MeasurementView> measurements(ReportEditor editor, ObjectiveDetails objective) {
        Map<Long, IndicatorDetails> indicators =
                objective.indicators().stream().collect(Collectors.toMap(IndicatorDetails::id, Function.identity()));
        return editor.indicators().stream()
                .filter(input -> input.draftValue() != null)
                .map(input -> {
                    IndicatorDetails indicator = indicators.get(input.id());
                    String targets = indicator == null || indicator.targets().isEmpty()
                            ? message("review.context.targets.none")
                            : indicator.targets().stream()
                                    .map(target -> message(
                                            "review.context.target",
                                            FrenchFormat.number(target.value()),
                                            input.unit(),
                                            FrenchFormat.date(target.date())))
                                    .collect(Collectors.joining(" ; "));
                    return new MeasurementView(
                            input.name(),
                            message(
                                    "review.context.value",
                                    FrenchFormat.number(input.draftValue()),
                                    input.unit(),
                                    FrenchFormat.date(input.draftDate())),
                            targets);
                })
                .toList();
    }

    /** The latest submission of this period in the trail: who and when. */
    private String submittedBy(List<HistoryEntry> entries, String period) {
        return entries.stream()
                .filter(entry -> "PROGRESS_REPORT".equals(entry.entityType()) && SUBMISSIONS.contains(entry.action()))
                .filter(entry -> period != null
                        && period.equals(history.parse(entry.after()).get("period")))
                .findFirst()
                .map(entry -> message(
                        "review.context.submitted-by",
                        history.actor(entry.actor()),
                        FrenchFormat.dateTime(entry.occurredAt())))
                .orElse(null);
    }

    /** Every send-back of this period, newest first, with its comment. */
    private List<CommentView> comments(List<HistoryEntry> entries, String period) {
        return entries.stream()
                .filter(entry -> "PROGRESS_REPORT".equals(entry.entityType()) && "SENT_BACK".equals(entry.action()))
                .map(entry -> Map.entry(entry, history.parse(entry.after())))
                .filter(pair -> period != null && period.equals(pair.getValue().get("period")))
                .map(pair -> new CommentView(
                        String.valueOf(pair.getValue().get("reviewComment")),
                        message(
                                "history.by",
                                history.actor(pair.getKey().actor()),
                                FrenchFormat.dateTime(pair.getKey().occurredAt()))))
                .toList();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
