package fr.gouv.sante.jalons.roadmapadmin.domain;

import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.StructureWriting;
import fr.gouv.sante.jalons.roadmapadmin.StructureImport;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportPreview.Counts;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportPreview.ObjectiveRow;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportPreview.Problem;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.TextRules;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rows of a structure file, every cell of every row, and against what the roadmap already
 * has: each problem is named with its row, column and value, so that the DNS can correct them all at
 * once. What passes becomes the plan of what to create.
 */
final class StructureRows {

    static final int MAX_AXIS_TITLE = 100;
    static final int MAX_PRIORITY_TITLE = 300;
    static final int MAX_SHOWN_VALUE = 80;

    static final String AXIS = "axe";
    static final String AXIS_TITLE = "axe_titre";
    static final String PRIORITY = "priorite";
    static final String PRIORITY_TITLE = "priorite_titre";
    static final String CODE = "code";
    static final String TITLE = "titre";
    static final String TARGET = "cible";
    static final String DEADLINE = "echeance";
    static final String OWNERS = "pilotes";

    /** An axis or a priority the roadmap already has, which a row may name again with the same title. */
    record Existing(int axis, String title) {}

    /** An objective to create, with the axis and priority it goes under. */
    record Planned(
            int line,
            int axis,
            String axisTitle,
            int priority,
            String priorityTitle,
            String code,
            String title,
            String target,
            Deadline deadline,
            List<OrganisationSummary> owners) {}

    /** The outcome: the counts, the objectives as read, the problems, and the objectives to create. */
    record Checked(Counts counts, List<ObjectiveRow> objectives, List<Problem> problems, List<Planned> plan) {}

    private final Map<Integer, String> existingAxes;
    private final Map<Integer, Existing> existingPriorities;
    private final Map<String, OrganisationSummary> organisations;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Integer, Seen> axes = new LinkedHashMap<>();
    private final Map<Integer, Seen> priorities = new LinkedHashMap<>();
    private final Map<String, Integer> codes = new HashMap<>();

    /** Where an axis or a priority was first met, and what it was called (and, for a priority, its axis). */
    private record Seen(int line, int axis, String title) {}

    /**
     * @param existingAxes the roadmap's axes by number, with their names
     * @param existingPriorities the roadmap's priorities by number, with their axis and title
     * @param organisations the lead organisations by their acronym in upper case
     */
    StructureRows(
            Map<Integer, String> existingAxes,
            Map<Integer, Existing> existingPriorities,
            Map<String, OrganisationSummary> organisations) {
        this.existingAxes = existingAxes;
        this.existingPriorities = existingPriorities;
        this.organisations = organisations;
    }

    Checked check(StructureSheet.Table table) {
        Map<String, Integer> positions = header(table.header());
        if (!problems.isEmpty()) {
            return new Checked(new Counts(table.lines().size(), 0, 0, 0, 0, 0), List.of(), problems, List.of());
        }
        List<Planned> plan = new ArrayList<>();
        for (StructureSheet.Line line : table.lines()) {
            Map<String, String> cells = new HashMap<>();
            positions.forEach((column, position) -> cells.put(column, line.cell(position)));
            Planned planned = row(line.number(), cells);
            if (planned != null) {
                plan.add(planned);
            }
        }
        int newAxes = (int)
                axes.keySet().stream().filter(n -> !existingAxes.containsKey(n)).count();
        int newPriorities = (int) priorities.keySet().stream()
                .filter(n -> !existingPriorities.containsKey(n))
                .count();
        Counts counts =
                new Counts(table.lines().size(), axes.size(), newAxes, priorities.size(), newPriorities, codes.size());
        List<ObjectiveRow> objectives = plan.stream()
                .map(p -> new ObjectiveRow(
                        p.line(),
                        p.axis(),
                        p.priority(),
                        p.code(),
                        p.title(),
                        p.deadline(),
                        p.owners().stream().map(OrganisationSummary::acronym).toList()))
                .toList();
        return new Checked(counts, objectives, problems, problems.isEmpty() ? plan : List.of());
    }

    /** Each template column's position; an unknown, repeated or missing column is a problem of row 1. */
    private Map<String, Integer> header(List<String> header) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String column = normalise(name);
            if (column.isEmpty()) {
                continue;
            }
            if (!StructureImport.COLUMNS.contains(column)) {
                problems.add(problem(1, shorten(name), name, "roadmap.import.column.unknown"));
            } else if (positions.containsKey(column)) {
                problems.add(problem(1, column, name, "roadmap.import.column.repeated"));
            } else {
                positions.put(column, i);
            }
        }
        StructureImport.COLUMNS.stream()
                .filter(column -> !positions.containsKey(column))
                .forEach(column -> problems.add(problem(1, column, "", "roadmap.import.column.missing")));
        return positions;
    }

    /** A column's name as the template spells it: "Priorité titre" is {@code priorite_titre}. */
    static String normalise(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("[\\s'’-]+", "_");
    }

    /** One row's cells; the objective to create, or null when the row has a problem. */
    private @Nullable Planned row(int line, Map<String, String> cells) {
        int before = problems.size();
        Integer axis = number(line, AXIS, cells.get(AXIS));
        String axisTitle = text(line, AXIS_TITLE, cells.get(AXIS_TITLE), MAX_AXIS_TITLE, true);
        Integer priority = number(line, PRIORITY, cells.get(PRIORITY));
        String priorityTitle = text(line, PRIORITY_TITLE, cells.get(PRIORITY_TITLE), MAX_PRIORITY_TITLE, true);
        String code = code(line, cells.get(CODE), priority);
        String title = text(line, TITLE, cells.get(TITLE), StructureWriting.MAX_TITLE_LENGTH, true);
        String target = text(line, TARGET, cells.get(TARGET), StructureWriting.MAX_TARGET_LENGTH, false);
        Deadline deadline = deadline(line, cells.get(DEADLINE));
        List<OrganisationSummary> owners = owners(line, cells.get(OWNERS));
        if (axis != null && axisTitle != null) {
            axis(line, axis, axisTitle);
        }
        if (priority != null && priorityTitle != null && axis != null) {
            priority(line, priority, axis, priorityTitle);
        }
        // every null above added a problem; the checks say so to the compiler
        if (problems.size() > before
                || axis == null
                || axisTitle == null
                || priority == null
                || priorityTitle == null
                || code == null
                || title == null
                || target == null
                || deadline == null) {
            return null;
        }
        return new Planned(line, axis, axisTitle, priority, priorityTitle, code, title, target, deadline, owners);
    }

    private @Nullable Integer number(int line, String column, @Nullable String cell) {
        String value = clean(cell);
        if (value.matches("[1-9][0-9]?")) {
            return Integer.parseInt(value);
        }
        problems.add(
                problem(line, column, value, value.isEmpty() ? "roadmap.import.required" : "roadmap.import.number"));
        return null;
    }

    /** A checked text, or null when it breaks a rule of {@link TextRules}. */
    private @Nullable String text(int line, String column, @Nullable String cell, int maxLength, boolean oneLine) {
        String value = clean(cell);
        var problem = oneLine ? TextRules.checkLine(value, maxLength) : TextRules.check(value, maxLength);
        if (problem.isPresent()) {
            problems.add(
                    problem(line, column, value, problem.get().key("roadmap.import.text"), String.valueOf(maxLength)));
            return null;
        }
        return value;
    }

    /** The code, "priority-number", whose priority is the row's; unique in the file. */
    private @Nullable String code(int line, @Nullable String cell, @Nullable Integer priority) {
        String value = clean(cell);
        if (!ObjectiveCode.isValid(value)) {
            problems.add(problem(
                    line, CODE, value, value.isEmpty() ? "roadmap.import.required" : "roadmap.import.code.invalid"));
            return null;
        }
        ObjectiveCode code = ObjectiveCode.parse(value);
        if (priority != null && code.priority() != priority) {
            problems.add(problem(
                    line,
                    CODE,
                    value,
                    "roadmap.import.code.priority",
                    String.valueOf(code.priority()),
                    String.valueOf(priority)));
            return null;
        }
        Integer first = codes.putIfAbsent(value, line);
        if (first != null) {
            problems.add(problem(line, CODE, value, "roadmap.import.code.duplicate", String.valueOf(first)));
            return null;
        }
        return value;
    }

    private @Nullable Deadline deadline(int line, @Nullable String cell) {
        String value = clean(cell);
        Deadline deadline = Deadline.parse(value).orElse(null);
        if (deadline == null) {
            problems.add(problem(
                    line, DEADLINE, value, value.isEmpty() ? "roadmap.import.required" : "roadmap.import.deadline"));
        }
        return deadline;
    }

    /** The lead organisations, separated by "|" or ",", the pilot first: each known, none twice. */
    private List<OrganisationSummary> owners(int line, @Nullable String cell) {
        String value = clean(cell);
        List<String> typed = java.util.Arrays.stream(value.split("[|,]"))
                .map(String::strip)
                .filter(acronym -> !acronym.isEmpty())
                .toList();
        if (typed.isEmpty()) {
            problems.add(problem(line, OWNERS, value, "roadmap.import.required"));
            return List.of();
        }
        List<OrganisationSummary> owners = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String acronym : typed) {
            OrganisationSummary organisation = organisations.get(acronym.toUpperCase(Locale.ROOT));
            if (organisation == null) {
                problems.add(problem(line, OWNERS, value, "roadmap.import.owners.unknown", shorten(acronym)));
            } else if (!seen.add(organisation.acronym())) {
                problems.add(problem(line, OWNERS, value, "roadmap.import.owners.duplicate", organisation.acronym()));
            } else {
                owners.add(organisation);
            }
        }
        return owners;
    }

    /** An axis has one title, in the file and in the roadmap. */
    private void axis(int line, int number, String title) {
        String existing = existingAxes.get(number);
        if (existing != null && !same(existing, title)) {
            problems.add(
                    problem(line, AXIS_TITLE, title, "roadmap.import.axis.exists", String.valueOf(number), existing));
            return;
        }
        Seen first = axes.putIfAbsent(number, new Seen(line, number, title));
        if (first != null && !same(first.title(), title)) {
            problems.add(problem(
                    line,
                    AXIS_TITLE,
                    title,
                    "roadmap.import.axis.title",
                    String.valueOf(number),
                    String.valueOf(first.line()),
                    first.title()));
        }
    }

    /** A priority belongs to one axis and has one title, in the file and in the roadmap. */
    private void priority(int line, int number, int axis, String title) {
        Existing existing = existingPriorities.get(number);
        if (existing != null && (existing.axis() != axis || !same(existing.title(), title))) {
            problems.add(problem(
                    line,
                    PRIORITY,
                    String.valueOf(number),
                    "roadmap.import.priority.exists",
                    String.valueOf(number),
                    String.valueOf(existing.axis()),
                    existing.title()));
            return;
        }
        Seen first = priorities.putIfAbsent(number, new Seen(line, axis, title));
        if (first == null) {
            return;
        }
        if (first.axis() != axis) {
            problems.add(problem(
                    line,
                    PRIORITY,
                    String.valueOf(number),
                    "roadmap.import.priority.axes",
                    String.valueOf(number),
                    String.valueOf(first.axis()),
                    String.valueOf(first.line()),
                    String.valueOf(axis)));
        } else if (!same(first.title(), title)) {
            problems.add(problem(
                    line,
                    PRIORITY_TITLE,
                    title,
                    "roadmap.import.priority.title",
                    String.valueOf(number),
                    String.valueOf(first.line()),
                    first.title()));
        }
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a.strip(), b.strip());
    }

    private static String clean(@Nullable String cell) {
        return cell == null ? "" : TextRules.normalise(cell);
    }

    private static Problem problem(Integer line, String column, String value, String key, String... arguments) {
        return new Problem(line, column, shorten(value), key, List.of(arguments));
    }

    /** A value as a message shows it: long ones end with an ellipsis. */
    static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE - 1) + "…";
    }
}
