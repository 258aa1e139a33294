package fr.gouv.sante.jalons.reportimport.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignQueries;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.reportimport.ReportImport;
import fr.gouv.sante.jalons.reportimport.ReportImportPreview;
import fr.gouv.sante.jalons.reportimport.ReportImportPreview.Conflict;
import fr.gouv.sante.jalons.reportimport.ReportImportPreview.FigureChange;
import fr.gouv.sante.jalons.reportimport.ReportImportPreview.Problem;
import fr.gouv.sante.jalons.reportimport.ReportImportPreview.RowChange;
import fr.gouv.sante.jalons.reportimport.ReportImportRefused;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.Decimals;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads an organisation's workbook ({@link ReportWorkbook}), turns each changed objective row into the
 * report form's command, and checks it with the form's own rules ({@link ProgressReporting#refusals});
 * applying saves every command through the form's own save ({@link ProgressReporting#saveAllAsDrafts}),
 * in one transaction. A row that changes nothing is left out, so that a workbook holding reports submitted or
 * saved by others since can still bring the rows its sender changed.
 */
@Service
class SpreadsheetReportImport implements ReportImport {

    static final int MAX_FILE_NAME = 200;

    private static final int MAX_SHOWN = 80;

    private static final DateTimeFormatter FRENCH_DAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final CampaignQueries campaign;
    private final ProgressReporting reporting;
    private final ReportWorkbook workbooks;
    private final RoadmapQueries roadmap;
    private final AccessPolicy policy;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    SpreadsheetReportImport(
            CampaignQueries campaign,
            ProgressReporting reporting,
            ReportWorkbook workbooks,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            PlatformTransactionManager transactions) {
        this.campaign = campaign;
        this.reporting = reporting;
        this.workbooks = workbooks;
        this.roadmap = roadmap;
        this.policy = policy;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public List<String> organisations(@Nullable CurrentUser user) {
        return reading.execute(tx -> {
            if (user == null || campaign.openPeriod().isEmpty()) {
                return List.of();
            }
            Set<String> leads = new TreeSet<>();
            roadmap.objectives().forEach(objective -> leads.addAll(objective.ownerAcronyms()));
            return leads.stream().filter(acronym -> mayActFor(user, acronym)).toList();
        });
    }

    @Override
    public byte[] workbook(CurrentUser user, String organisation) {
        return reading.execute(tx -> {
            requireActFor(user, organisation);
            String period =
                    campaign.openPeriod().orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
            List<ReportFormView> reports = led(organisation).stream()
                    .filter(objective -> policy.canEditReport(user, objective.ownerAcronyms()))
                    .map(objective -> reporting.editor(user, ObjectiveCode.parse(objective.code())))
                    .toList();
            return workbooks.write(organisation, period, reports);
        });
    }

    @Override
    public ReportImportPreview preview(CurrentUser user, String organisation, String fileName, byte[] content) {
        return reading.execute(tx -> {
            requireActFor(user, organisation);
            return read(user, organisation, fileName, content, List.of()).preview();
        });
    }

    @Override
    public ReportImportPreview apply(
            CurrentUser user, String organisation, String fileName, byte[] content, String sha256) {
        try {
            return writing.execute(tx -> {
                requireActFor(user, organisation);
                List<Problem> changed = sha256(content).equalsIgnoreCase(String.valueOf(sha256))
                        ? List.of()
                        : List.of(fileProblem("report.import.changed"));
                Reading checked = read(user, organisation, fileName, content, changed);
                if (!checked.preview().applicable()) {
                    throw new ReportImportRefused(checked.preview());
                }
                reporting.saveAllAsDrafts(user, checked.commands());
                return checked.preview();
            });
        } catch (StaleVersion | OptimisticLockingFailureException | DataIntegrityViolationException | InputRefused e) {
            // someone saved between the check and the write: everything was rolled back; the file is
            // checked again against what is saved now, which names the conflict
            ReportImportPreview now = reading.execute(
                    tx -> read(user, organisation, fileName, content, List.of(fileProblem("report.import.raced")))
                            .preview());
            throw new ReportImportRefused(now);
        }
    }

    /** The preview, and the commands to save (by objective, in the file's order) when it can be applied. */
    private record Reading(ReportImportPreview preview, Map<ObjectiveCode, ReportCommand> commands) {}

    private Reading read(CurrentUser user, String organisation, String fileName, byte[] content, List<Problem> first) {
        List<Problem> problems = new ArrayList<>(first);
        List<Conflict> conflicts = new ArrayList<>();
        List<RowChange> changes = new ArrayList<>();
        Map<ObjectiveCode, ReportCommand> commands = new LinkedHashMap<>();
        String name = fileName(fileName);
        String hash = content == null ? "" : sha256(content);
        String periodCode = campaign.openPeriod().orElse(null);
        if (periodCode == null) {
            problems.add(fileProblem("report.period.none"));
            return new Reading(
                    new ReportImportPreview(organisation, null, name, hash, changes, 0, problems, conflicts), commands);
        }
        ReportWorkbook.Sheets sheets;
        try {
            sheets = workbooks.read(name, content);
        } catch (ReportWorkbook.Unreadable e) {
            problems.add(new Problem(null, null, null, e.messageKey(), e.arguments(), null));
            return new Reading(
                    new ReportImportPreview(organisation, periodCode, name, hash, changes, 0, problems, conflicts),
                    commands);
        }
        if (sheets.period() != null && !sheets.period().equals(periodCode)) {
            problems.add(new Problem(
                    null, null, null, "report.import.other-period", List.of(sheets.period(), periodCode), null));
        }
        if (sheets.organisation() != null && !sheets.organisation().equalsIgnoreCase(organisation)) {
            problems.add(new Problem(
                    null,
                    null,
                    null,
                    "report.import.other-organisation",
                    List.of(sheets.organisation(), organisation),
                    null));
        }
        String objectivesSheet = workbooks.objectivesSheet();
        String indicatorsSheet = workbooks.indicatorsSheet();
        Map<String, List<ReportWorkbook.Line>> figuresByCode = new LinkedHashMap<>();
        for (ReportWorkbook.Line line : sheets.indicators()) {
            figuresByCode
                    .computeIfAbsent(line.cell(ReportWorkbook.I_CODE), code -> new ArrayList<>())
                    .add(line);
        }
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (ReportWorkbook.Line line : sheets.objectives()) {
            Cells cells = new Cells(problems, objectivesSheet, line);
            String typedCode = line.cell(ReportWorkbook.O_CODE);
            Optional<ObjectiveDetails> found = objective(typedCode);
            if (found.isEmpty()) {
                cells.refuse(ReportWorkbook.O_CODE, "report.import.objective.unknown");
                continue;
            }
            ObjectiveDetails objective = found.get();
            ObjectiveSummary summary = objective.summary();
            ObjectiveCode code = ObjectiveCode.parse(summary.code());
            if (!seen.add(summary.code())) {
                cells.refuse(ReportWorkbook.O_CODE, "report.import.objective.twice");
                continue;
            }
            if (!leads(summary, organisation) || !policy.canEditReport(user, summary.ownerAcronyms())) {
                cells.refuse(ReportWorkbook.O_CODE, "report.import.objective.not-led", organisation);
                continue;
            }
            ReportFormView saved = reporting.editor(user, code);
            Row row = row(cells, saved, figuresByCode.getOrDefault(typedCode, List.of()), indicatorsSheet, problems);
            if (!row.changes()) {
                unchanged++;
                continue;
            }
            if (!saved.state().editable()) {
                cells.refuse(ReportWorkbook.O_STATE, "report.state.locked");
                continue;
            }
            if (!Objects.equals(row.version(), saved.version()) && !row.badVersion()) {
                conflicts.add(new Conflict(line.number(), summary.code(), saved.updatedBy(), saved.updatedAt()));
                continue;
            }
            ReportCommand command = new ReportCommand(
                    row.status(), row.narrative(), saved.version(), row.measurements(), row.removed());
            Map<String, String> refusals = reporting.refusals(user, code, command, false);
            refusals.forEach((field, refusal) -> refuse(cells, row, indicatorsSheet, problems, field, refusal));
            if (!cells.refused()) {
                commands.put(code, command);
                changes.add(change(line.number(), saved, row));
            }
        }
        for (Map.Entry<String, List<ReportWorkbook.Line>> figures : figuresByCode.entrySet()) {
            if (!seen.contains(figures.getKey())
                    && sheets.objectives().stream()
                            .noneMatch(line -> line.cell(ReportWorkbook.O_CODE).equals(figures.getKey()))) {
                ReportWorkbook.Line orphan = figures.getValue().get(0);
                new Cells(problems, indicatorsSheet, orphan)
                        .refuse(ReportWorkbook.I_CODE, "report.import.indicator.orphan", objectivesSheet);
            }
        }
        if (sheets.objectives().isEmpty()) {
            problems.add(fileProblem("report.import.file.no-row"));
        }
        ReportImportPreview preview =
                new ReportImportPreview(organisation, periodCode, name, hash, changes, unchanged, problems, conflicts);
        return new Reading(preview, preview.applicable() ? commands : Map.of());
    }

    /**
     * One objective's row as read against its saved report: what it would save, and whether it changes
     * anything at all.
     *
     * @param figures the indicators' rows, each with the measurement it holds (null: left empty)
     */
    private record Row(
            @Nullable ProgressStatus status,
            String narrative,
            @Nullable Long version,
            boolean badVersion,
            boolean statusChanged,
            boolean narrativeChanged,
            List<NewMeasurement> measurements,
            Set<Long> removed,
            Map<Long, List<ReportWorkbook.Line>> lines,
            List<FigureChange> figures) {

        boolean changes() {
            return statusChanged || narrativeChanged || !figures.isEmpty();
        }
    }

    private Row row(
            Cells cells,
            ReportFormView saved,
            List<ReportWorkbook.Line> figureLines,
            String indicatorsSheet,
            List<Problem> problems) {
        ReportWorkbook.Line line = cells.line();
        String statusText = line.cell(ReportWorkbook.O_STATUS);
        ProgressStatus status = null;
        if (!statusText.isBlank()) {
            status = workbooks.status(statusText).orElse(null);
            if (status == null) {
                cells.refuse(
                        ReportWorkbook.O_STATUS,
                        "report.import.status.invalid",
                        String.join(", ", workbooks.statusWords()));
                status = saved.status();
            }
        }
        String narrative = TextRules.normaliseLineBreaks(line.cell(ReportWorkbook.O_NARRATIVE));
        String savedNarrative = TextRules.normaliseLineBreaks(saved.narrative());
        boolean narrativeChanged = !Objects.equals(
                Objects.requireNonNullElse(narrative, "").strip(),
                Objects.requireNonNullElse(savedNarrative, "").strip());
        String versionText = line.cell(ReportWorkbook.O_VERSION);
        Long version = null;
        boolean badVersion = false;
        if (!versionText.isBlank()) {
            if (versionText.matches("[0-9]{1,9}")) {
                version = Long.parseLong(versionText);
            } else {
                cells.refuse(ReportWorkbook.O_VERSION, "report.import.version.invalid");
                badVersion = true;
            }
        }
        List<NewMeasurement> measurements = new ArrayList<>();
        Set<Long> removed = new HashSet<>();
        Map<Long, List<ReportWorkbook.Line>> lines = new LinkedHashMap<>();
        List<FigureChange> figures = new ArrayList<>();
        Map<Long, ReportFormView.IndicatorInput> indicators = new LinkedHashMap<>();
        saved.indicators().forEach(indicator -> indicators.put(indicator.id(), indicator));
        for (ReportWorkbook.Line figureLine : figureLines) {
            Cells figureCells = new Cells(problems, indicatorsSheet, figureLine);
            String idText = figureLine.cell(ReportWorkbook.I_ID);
            ReportFormView.IndicatorInput indicator =
                    idText.matches("[0-9]{1,18}") ? indicators.get(Long.parseLong(idText)) : null;
            if (indicator == null) {
                figureCells.refuse(ReportWorkbook.I_ID, "report.import.indicator.unknown", saved.objectiveCode());
                cells.markRefused();
                continue;
            }
            lines.computeIfAbsent(indicator.id(), id -> new ArrayList<>()).add(figureLine);
            Optional<Figure> figure = figure(figureCells, indicator.id());
            if (figureCells.refused()) {
                cells.markRefused();
                continue;
            }
            if (figure.isEmpty()) {
                if (indicator.draftId() != null) {
                    removed.add(indicator.draftId());
                    figures.add(new FigureChange(
                            indicator.name(),
                            indicator.unit(),
                            indicator.draftValue(),
                            indicator.draftDate(),
                            Objects.requireNonNullElse(indicator.draftQualifier(), FigureQualifier.EXACT),
                            Objects.requireNonNullElse(indicator.draftPrecision(), DatePrecision.DAY),
                            true));
                }
                continue;
            }
            NewMeasurement entered = figure.get().measurement();
            boolean same = indicator.draftId() != null
                    && entered.value() != null
                    && indicator.draftValue() != null
                    && entered.value().compareTo(indicator.draftValue()) == 0
                    && Objects.equals(entered.date(), indicator.draftDate())
                    && entered.qualifier() == indicator.draftQualifier()
                    && entered.datePrecision() == indicator.draftPrecision();
            if (same) {
                continue;
            }
            measurements.add(new NewMeasurement(
                    indicator.draftId(),
                    entered.indicatorId(),
                    entered.value(),
                    entered.date(),
                    entered.qualifier(),
                    entered.datePrecision(),
                    entered.confirmed()));
            figures.add(new FigureChange(
                    indicator.name(),
                    indicator.unit(),
                    entered.value(),
                    entered.date(),
                    entered.qualifier(),
                    entered.datePrecision(),
                    false));
        }
        boolean statusChanged = status != saved.status();
        return new Row(
                status,
                Objects.requireNonNullElse(narrative, ""),
                version,
                badVersion,
                statusChanged,
                narrativeChanged,
                measurements,
                removed,
                lines,
                figures);
    }

    /** A figure as typed: a value or a date at least (a row with neither is empty). */
    private record Figure(NewMeasurement measurement) {}

    /**
     * The measurement an indicator's row holds, empty when its value and date are both blank; each
     * cell that does not parse is refused with the form's message (or the spreadsheet's own words).
     */
    private Optional<Figure> figure(Cells cells, long indicatorId) {
        ReportWorkbook.Line line = cells.line();
        String valueText = line.cell(ReportWorkbook.I_VALUE);
        String dateText = line.cell(ReportWorkbook.I_DATE);
        if (valueText.isBlank() && dateText.isBlank()) {
            return Optional.empty();
        }
        BigDecimal value = null;
        if (!valueText.isBlank()) {
            value = Decimals.parseFrench(valueText);
            if (value == null) {
                cells.refuse(ReportWorkbook.I_VALUE, "report.measurement.value.invalid");
            }
        }
        LocalDate date = null;
        if (!dateText.isBlank()) {
            date = date(dateText);
            if (date == null) {
                cells.refuse(ReportWorkbook.I_DATE, "report.import.date.invalid");
            }
        }
        String qualifierText = line.cell(ReportWorkbook.I_QUALIFIER);
        FigureQualifier qualifier = FigureQualifier.EXACT;
        if (!qualifierText.isBlank()) {
            Optional<FigureQualifier> named = workbooks.qualifier(qualifierText);
            if (named.isPresent()) {
                qualifier = named.get();
            } else {
                cells.refuse(
                        ReportWorkbook.I_QUALIFIER,
                        "report.import.qualifier.invalid",
                        String.join(", ", workbooks.qualifierWords()));
            }
        }
        String precisionText = line.cell(ReportWorkbook.I_PRECISION);
        DatePrecision precision = DatePrecision.DAY;
        if (!precisionText.isBlank()) {
            Optional<DatePrecision> named = workbooks.precision(precisionText);
            if (named.isPresent()) {
                precision = named.get();
            } else {
                cells.refuse(
                        ReportWorkbook.I_PRECISION,
                        "report.import.precision.invalid",
                        String.join(", ", workbooks.precisionWords()));
            }
        }
        Boolean confirmed =
                workbooks.confirmed(line.cell(ReportWorkbook.I_CONFIRM)).orElse(null);
        if (confirmed == null) {
            cells.refuse(ReportWorkbook.I_CONFIRM, "report.import.confirm.invalid");
        }
        if (cells.refused()) {
            return Optional.empty();
        }
        // a value without its date (or the reverse) goes to the form's rules, which name what is missing
        return Optional.of(new Figure(new NewMeasurement(
                null, indicatorId, value, date, qualifier, precision, Boolean.TRUE.equals(confirmed))));
    }

    /** "2025-03-31" (a date cell reads so) or "31/03/2025"; null when it is neither. */
    static @Nullable LocalDate date(String text) {
        String typed = text.strip();
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(typed, FRENCH_DAY);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** A refusal of the form's rules, put on the cell it concerns. */
    private void refuse(
            Cells cells, Row row, String indicatorsSheet, List<Problem> problems, String field, String refusal) {
        String[] parts = refusal.split("\\|", -1);
        String key = parts[0];
        List<String> arguments = Arrays.asList(parts).subList(1, parts.length);
        if (field.startsWith("measurement.")) {
            String[] path = field.split("\\.", -1);
            List<ReportWorkbook.Line> lines = path.length == 3 && path[1].matches("[0-9]{1,18}")
                    ? row.lines().getOrDefault(Long.parseLong(path[1]), List.of())
                    : List.of();
            int column = switch (path.length == 3 ? path[2] : "") {
                case "date" -> ReportWorkbook.I_DATE;
                case "confirmed" -> ReportWorkbook.I_CONFIRM;
                default -> ReportWorkbook.I_VALUE;
            };
            String hint = column == ReportWorkbook.I_CONFIRM ? "report.import.confirm.hint" : null;
            for (ReportWorkbook.Line line : lines) {
                problems.add(new Problem(
                        indicatorsSheet,
                        line.reference(column),
                        shown(line.cell(column == ReportWorkbook.I_CONFIRM ? ReportWorkbook.I_VALUE : column)),
                        key,
                        arguments,
                        hint));
            }
            cells.markRefused();
            if (!lines.isEmpty()) {
                return;
            }
        }
        int column = switch (field) {
            case "status" -> ReportWorkbook.O_STATUS;
            case "state" -> ReportWorkbook.O_STATE;
            case "narrative" -> ReportWorkbook.O_NARRATIVE;
            default -> ReportWorkbook.O_CODE;
        };
        cells.refuseWith(column, key, arguments);
    }

    /** What the preview says of a row it would save. */
    private static RowChange change(int line, ReportFormView saved, Row row) {
        return new RowChange(
                line,
                saved.objectiveCode(),
                saved.objectiveTitle(),
                saved.state(),
                saved.version() == null,
                row.statusChanged(),
                row.statusChanged() ? saved.status() : null,
                row.statusChanged() ? row.status() : null,
                row.narrativeChanged() ? row.narrative() : null,
                row.figures());
    }

    /** The problems of one row, each on its cell. */
    private static final class Cells {

        private final List<Problem> problems;
        private final String sheet;
        private final ReportWorkbook.Line line;
        private boolean refused;

        Cells(List<Problem> problems, String sheet, ReportWorkbook.Line line) {
            this.problems = problems;
            this.sheet = sheet;
            this.line = line;
        }

        ReportWorkbook.Line line() {
            return line;
        }

        void refuse(int column, String messageKey, String... arguments) {
            refuseWith(column, messageKey, List.of(arguments));
        }

        void refuseWith(int column, String messageKey, List<String> arguments) {
            problems.add(
                    new Problem(sheet, line.reference(column), shown(line.cell(column)), messageKey, arguments, null));
            refused = true;
        }

        void markRefused() {
            refused = true;
        }

        boolean refused() {
            return refused;
        }
    }

    private static String shown(String value) {
        String flat = value.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_SHOWN ? flat : flat.substring(0, MAX_SHOWN - 1) + "…";
    }

    private static Problem fileProblem(String messageKey) {
        return new Problem(null, null, null, messageKey, List.of(), null);
    }

    private Optional<ObjectiveDetails> objective(String typed) {
        try {
            return roadmap.objective(ObjectiveCode.parse(typed.strip()));
        } catch (RuntimeException e) {
            // not an objective's code at all
            return Optional.empty();
        }
    }

    private List<ObjectiveSummary> led(String organisation) {
        return roadmap.objectives().stream()
                .filter(objective -> leads(objective, organisation))
                .toList();
    }

    private static boolean leads(ObjectiveSummary objective, String organisation) {
        return objective.ownerAcronyms().contains(organisation);
    }

    /**
     * An editor acts for its own organisation only, an administrator for any lead organisation, a
     * reader for none.
     */
    private boolean mayActFor(@Nullable CurrentUser user, String organisation) {
        if (user == null) {
            return false;
        }
        if (user.isAdmin()) {
            return true;
        }
        return user.organisationAcronym() != null
                && user.organisationAcronym().equals(organisation)
                && policy.canEditReport(user, List.of(organisation));
    }

    private void requireActFor(@Nullable CurrentUser user, String organisation) {
        if (!mayActFor(user, organisation)) {
            throw new AccessDeniedException("may not import the reports of " + organisation);
        }
        if (led(organisation).isEmpty()) {
            throw new NotFoundException("organisation", organisation);
        }
    }

    /**
     * The file's name as the pages show it: without the folders some browsers send, without control
     * characters, shortened.
     */
    static String fileName(@Nullable String typed) {
        String name = typed == null ? "" : typed.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
