package fr.gouv.sante.jalons.backoffice.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import fr.gouv.sante.jalons.campaign.CampaignAudit;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.history.History;
import fr.gouv.sante.jalons.history.HistoryEntry;
import fr.gouv.sante.jalons.history.HistoryViews;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the DNS needs beside a submitted report to decide: the last published status, the narrative
 * beside its reference (the version sent back, else the last published one) paragraph by paragraph,
 * each figure next to the previous published one and the indicator's targets, who submitted and when,
 * and the earlier review comments of the period.
 */
@Component
class ReviewViews {

    /** Words and the spaces between them are separate tokens, so the diff marks whole words. */
    private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
    /** A blank line ends a paragraph, as in the Markdown the narrative is written in. */
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

    private final MessageSource messages;
    private final HistoryViews history;
    private final BackOfficeViews views;
    private final RoadmapQueries roadmap;
    private final PublicationQueries published;
    private final History trail;

    ReviewViews(
            MessageSource messages,
            HistoryViews history,
            BackOfficeViews views,
            RoadmapQueries roadmap,
            PublicationQueries published,
            History trail) {
        this.messages = messages;
        this.history = history;
        this.views = views;
        this.roadmap = roadmap;
        this.published = published;
        this.trail = trail;
    }

    /** A piece of a paragraph: unchanged, or added (submitted side) or removed (reference side). */
    record DiffPart(String kind, String text) {

        public boolean added() {
            return "added".equals(kind);
        }

        public boolean removed() {
            return "removed".equals(kind);
        }
    }

    /**
     * One row of the side-by-side comparison: a paragraph of the reference beside its counterpart in
     * the submitted text; an added or removed paragraph has an empty side.
     *
     * @param changeKey the message key that says in words how the paragraph changed
     */
    record ParagraphView(int number, String changeKey, List<DiffPart> reference, List<DiffPart> submitted) {}

    /**
     * The narrative beside the text it is compared with.
     *
     * @param heading what it is compared with: the version sent back, the last published text, or nothing
     * @param referenceLabel the reference column's header
     * @param unchanged the sentence shown instead of the comparison when nothing changed
     */
    record NarrativeView(
            String heading, String referenceLabel, boolean changed, String unchanged, List<ParagraphView> paragraphs) {}

    /** A submitted figure, the previous published one and the indicator's targets, each in words. */
    record MeasurementView(String indicator, String value, String previous, String targets) {}

    record CommentView(String comment, String by) {}

    /**
     * @param reportWritten false when nobody wrote a report for the period: there is nothing to review
     * @param publishedStatus the status label of the last publication, null when there is none
     * @param statusChanged whether the submitted status differs from the last published one
     */
    record ReviewContextView(
            boolean reportWritten,
            @Nullable String submittedStatus,
            @Nullable String publishedStatus,
            @Nullable String publishedPeriod,
            boolean statusChanged,
            NarrativeView narrative,
            List<MeasurementView> measurements,
            @Nullable String submittedBy,
            List<CommentView> comments) {}

    /** The context of the objective's report: its indicators, its published reports and its trail. */
    ReviewContextView context(ReportFormView editor, ObjectiveCode code) {
        ObjectiveDetails objective =
                roadmap.objective(code).orElseThrow(() -> new NotFoundException("objective", code.toString()));
        long id = objective.summary().id();
        return context(editor, objective, published.publishedReports(id), trail.ofObjective(id));
    }

    private ReviewContextView context(
            ReportFormView editor,
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
        return new ReviewContextView(
                editor.version() != null,
                submitted,
                previous,
                last == null ? null : views.periodLabel(last.period()),
                last != null && last.status() != editor.status(),
                narrative(editor, last, entries),
                measurements(editor, objective),
                submittedBy(editor),
                comments(entries, editor.reportId()));
    }

    /**
     * The version the DNS sent back is what the editor was asked to change, so it is the reference
     * when there is one; the text as sent back is the report's state recorded in the trail then.
     */
    private NarrativeView narrative(ReportFormView editor, @Nullable PublishedReport last, List<HistoryEntry> entries) {
        HistoryEntry sentBack =
                sendBacks(entries, editor.reportId()).findFirst().orElse(null);
        String kind;
        String label;
        String reference;
        if (sentBack != null) {
            kind = "sent-back";
            label = message("review.context.reference.sent-back", FrenchFormat.dateTime(sentBack.occurredAt()));
            Object text = history.parse(sentBack.after()).get("narrative");
            reference = text == null ? "" : text.toString();
        } else if (last != null) {
            kind = "published";
            label = message("review.context.reference.published", views.periodLabel(last.period()));
            reference = last.narrative() == null ? "" : last.narrative();
        } else {
            kind = "none";
            label = message("review.context.reference.none");
            reference = "";
        }
        List<ParagraphView> paragraphs = compare(reference, editor.narrative() == null ? "" : editor.narrative());
        return new NarrativeView(
                message("review.context.narrative." + kind),
                label,
                paragraphs.stream().anyMatch(paragraph -> !paragraph.changeKey().endsWith(".same")),
                message("review.context.narrative.unchanged." + kind),
                paragraphs);
    }

    /**
     * The two texts paragraph by paragraph: paragraphs are matched first, and words are compared only
     * within a changed paragraph, so a rewritten text never reads as interleaved struck and added words.
     */
    static List<ParagraphView> compare(String before, String after) {
        List<String> old = paragraphs(before);
        List<String> now = paragraphs(after);
        List<ParagraphView> rows = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            old.subList(position, start).forEach(same -> rows.add(unchanged(rows.size() + 1, same)));
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                int number = rows.size() + 1;
                if (i < removed.size() && i < added.size()) {
                    rows.add(changed(number, removed.get(i), added.get(i)));
                } else if (i < removed.size()) {
                    rows.add(new ParagraphView(
                            number,
                            "review.context.paragraph.removed",
                            List.of(new DiffPart("same", removed.get(i))),
                            List.of()));
                } else {
                    rows.add(new ParagraphView(
                            number,
                            "review.context.paragraph.added",
                            List.of(),
                            List.of(new DiffPart("same", added.get(i)))));
                }
            }
            position = start + delta.getSource().size();
        }
        old.subList(position, old.size()).forEach(same -> rows.add(unchanged(rows.size() + 1, same)));
        return rows;
    }

    private static ParagraphView unchanged(int number, String text) {
        List<DiffPart> parts = List.of(new DiffPart("same", text));
        return new ParagraphView(number, "review.context.paragraph.same", parts, parts);
    }

    /** The reference side shows its removed words, the submitted side its added ones. */
    private static ParagraphView changed(int number, String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<DiffPart> reference = new ArrayList<>();
        List<DiffPart> submitted = new ArrayList<>();
        int oldPosition = 0;
        int newPosition = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            add(reference, "same", old.subList(oldPosition, delta.getSource().getPosition()));
            add(submitted, "same", now.subList(newPosition, delta.getTarget().getPosition()));
            add(reference, "removed", delta.getSource().getLines());
            add(submitted, "added", delta.getTarget().getLines());
            oldPosition = delta.getSource().getPosition() + delta.getSource().size();
            newPosition = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        add(reference, "same", old.subList(oldPosition, old.size()));
        add(submitted, "same", now.subList(newPosition, now.size()));
        return new ParagraphView(number, "review.context.paragraph.changed", tidy(reference), tidy(submitted));
    }

    /**
     * Changed words separated only by spaces read as one change ("ajouté : Au 15 juin, 52"), not as
     * one mark per word; spaces at the end of a change stay outside it.
     */
    static List<DiffPart> tidy(List<DiffPart> parts) {
        List<DiffPart> split = new ArrayList<>();
        for (DiffPart part : parts) {
            String text = part.text();
            String kept = "same".equals(part.kind()) ? text : text.stripTrailing();
            if (!kept.isEmpty()) {
                split.add(new DiffPart(part.kind(), kept));
            }
            if (kept.length() < text.length()) {
                split.add(new DiffPart("same", text.substring(kept.length())));
            }
        }
        List<DiffPart> merged = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            DiffPart part = split.get(i);
            DiffPart previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean bridge = "same".equals(part.kind())
                    && part.text().isBlank()
                    && previous != null
                    && !"same".equals(previous.kind())
                    && i + 1 < split.size()
                    && previous.kind().equals(split.get(i + 1).kind());
            if (bridge && previous != null) {
                DiffPart next = split.get(++i);
                merged.set(
                        merged.size() - 1, new DiffPart(previous.kind(), previous.text() + part.text() + next.text()));
            } else if (previous != null && previous.kind().equals(part.kind())) {
                merged.set(merged.size() - 1, new DiffPart(part.kind(), previous.text() + part.text()));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }

    private static List<String> paragraphs(String text) {
        return PARAGRAPHS
                .splitAsStream(text.replace("\r\n", "\n"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(TOKENS.split(text, -1));
    }

    private static void add(List<DiffPart> parts, String kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            parts.add(new DiffPart(kind, String.join("", tokens)));
        }
    }

    private List<MeasurementView> measurements(ReportFormView editor, ObjectiveDetails objective) {
        Map<Long, IndicatorDetails> indicators =
                objective.indicators().stream().collect(Collectors.toMap(IndicatorDetails::id, Function.identity()));
        String period = editor.period() == null ? null : editor.period().code();
        return editor.indicators().stream()
                .filter(input -> input.draftValue() != null && input.draftDate() != null)
                .map(input -> {
                    IndicatorDetails indicator = indicators.get(input.id());
                    String targets = indicator == null || indicator.targets().isEmpty()
                            ? message("review.context.targets.none")
                            : indicator.targets().stream()
                                    .map(target -> message(
                                            "review.context.figure",
                                            FigureWords.quantity(messages, target.value(), input.unit(), null),
                                            FrenchFormat.deadlineAt(target.due())))
                                    .collect(Collectors.joining(" ; "));
                    String previous = input.lastValue() == null || input.lastDate() == null
                            ? message("review.context.previous.none")
                            : message(
                                    "review.context.figure",
                                    FigureWords.quantity(
                                            messages, input.lastValue(), input.unit(), input.lastQualifier()),
                                    FigureWords.when(messages, input.lastDate(), input.lastPrecision(), null, null));
                    return new MeasurementView(
                            input.name(),
                            message(
                                    "review.context.figure",
                                    FigureWords.quantity(
                                            messages, input.draftValue(), input.unit(), input.draftQualifier()),
                                    FigureWords.when(
                                            messages, input.draftDate(), input.draftPrecision(), null, period)),
                            previous,
                            targets);
                })
                .toList();
    }

    /** Who submitted the report last, and when, as the report records it. */
    private @Nullable String submittedBy(ReportFormView editor) {
        return editor.submittedBy() == null || editor.submittedAt() == null
                ? null
                : message(
                        "review.context.submitted-by",
                        history.actor(editor.submittedBy()),
                        FrenchFormat.dateTime(editor.submittedAt()));
    }

    /** Every send-back of this report, newest first, with its comment. */
    private List<CommentView> comments(List<HistoryEntry> entries, @Nullable Long reportId) {
        return sendBacks(entries, reportId)
                .map(entry -> new CommentView(
                        String.valueOf(history.parse(entry.after()).get("reviewComment")),
                        message("history.by", history.actor(entry.actor()), FrenchFormat.dateTime(entry.occurredAt()))))
                .toList();
    }

    /** The send-backs of this report, newest first (the trail's order). */
    private static Stream<HistoryEntry> sendBacks(List<HistoryEntry> entries, @Nullable Long reportId) {
        return ofReport(entries, reportId)
                .filter(entry -> CampaignAudit.Action.SENT_BACK.name().equals(entry.action()));
    }

    /**
     * The report's own entries: a period's code alone could also match a report of an opening since
     * cancelled, so the report's identity decides.
     */
    private static Stream<HistoryEntry> ofReport(List<HistoryEntry> entries, @Nullable Long reportId) {
        return entries.stream()
                .filter(entry -> reportId != null
                        && CampaignAudit.Entity.PROGRESS_REPORT.name().equals(entry.entityType())
                        && reportId.toString().equals(entry.entityId()));
    }

    private String message(String key, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
