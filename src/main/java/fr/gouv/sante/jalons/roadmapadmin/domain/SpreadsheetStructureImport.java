package fr.gouv.sante.jalons.roadmapadmin.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.roadmap.StructureWriting;
import fr.gouv.sante.jalons.roadmap.StructureWriting.ImportedFile;
import fr.gouv.sante.jalons.roadmap.StructureWriting.NewObjective;
import fr.gouv.sante.jalons.roadmap.StructureWriting.StructureTarget;
import fr.gouv.sante.jalons.roadmapadmin.StructureImport;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportPreview;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportPreview.Counts;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportPreview.Problem;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportRefused;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a structure file ({@link StructureSheet}), checks it ({@link StructureRows}) against the
 * roadmap and the organisations as they are, and has the roadmap write it all in one transaction
 * ({@link StructureWriting}). The roadmap's row is locked from the check to the write, so that two
 * imports into it cannot both pass the "no objective yet" check.
 */
@Service
class SpreadsheetStructureImport implements StructureImport {

    static final int MAX_FILE_NAME = 200;

    private final StructureWriting roadmaps;
    private final OrganisationQueries organisations;
    private final AccessPolicy policy;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    SpreadsheetStructureImport(
            StructureWriting roadmaps,
            OrganisationQueries organisations,
            AccessPolicy policy,
            PlatformTransactionManager transactions) {
        this.roadmaps = roadmaps;
        this.organisations = organisations;
        this.policy = policy;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The preview, and what to create when it can be applied. */
    private record Reading(StructureImportPreview preview, List<StructureRows.Planned> plan) {}

    @Override
    public StructureImportPreview preview(CurrentUser admin, String slug, String fileName, byte[] content) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            StructureTarget roadmap = roadmaps.target(admin, slug, false);
            return read(roadmap, fileName, content, List.of()).preview();
        });
    }

    @Override
    public StructureImportPreview apply(
            CurrentUser admin, String slug, String fileName, byte[] content, String sha256) {
        policy.requireAdmin(admin);
        return transaction.execute(tx -> {
            StructureTarget roadmap = roadmaps.target(admin, slug, true);
            List<Problem> changed = sha256(content).equalsIgnoreCase(String.valueOf(sha256))
                    ? List.of()
                    : List.of(new Problem(null, null, null, "roadmap.import.changed", List.of()));
            Reading reading = read(roadmap, fileName, content, changed);
            if (!reading.preview().applicable()) {
                throw new StructureImportRefused(reading.preview());
            }
            Counts counts = reading.preview().counts();
            roadmaps.create(
                    admin,
                    slug,
                    reading.plan().stream()
                            .map(SpreadsheetStructureImport::objective)
                            .toList(),
                    new ImportedFile(
                            reading.preview().fileName(),
                            reading.preview().sha256(),
                            counts.newAxes(),
                            counts.newPriorities(),
                            counts.objectives()));
            return reading.preview();
        });
    }

    /** The file read and checked against the roadmap as it is; {@code first} are problems found before. */
    private Reading read(StructureTarget roadmap, String fileName, byte[] content, List<Problem> first) {
        List<Problem> problems = new ArrayList<>(first);
        problems.addAll(roadmapProblems(roadmap));
        String name = fileName(fileName);
        StructureRows.Checked checked;
        try {
            StructureSheet.Table table = StructureSheet.read(name, content);
            checked = rows(roadmap).check(table);
        } catch (StructureSheet.Unreadable e) {
            checked = new StructureRows.Checked(
                    Counts.none(),
                    List.of(),
                    List.of(new Problem(null, null, null, e.messageKey(), e.arguments())),
                    List.of());
        }
        problems.addAll(checked.problems());
        StructureImportPreview preview = new StructureImportPreview(
                roadmap.slug(),
                roadmap.title(),
                name,
                content == null ? "" : sha256(content),
                checked.counts(),
                checked.objectives(),
                problems);
        return new Reading(preview, problems.isEmpty() ? checked.plan() : List.of());
    }

    /** Only a roadmap the public does not see as current, and that has no objective yet, takes an import. */
    private static List<Problem> roadmapProblems(StructureTarget roadmap) {
        List<Problem> problems = new ArrayList<>();
        if (roadmap.state() == RoadmapState.CURRENT) {
            problems.add(new Problem(null, null, null, "roadmap.import.roadmap.current", List.of(roadmap.title())));
        }
        long objectives = roadmap.objectives();
        if (objectives > 0) {
            problems.add(new Problem(
                    null,
                    null,
                    null,
                    "roadmap.import.roadmap.objectives",
                    List.of(roadmap.title(), String.valueOf(objectives))));
        }
        return problems;
    }

    /** The checks, knowing the roadmap's axes and priorities and the organisations by upper-case acronym. */
    private StructureRows rows(StructureTarget roadmap) {
        Map<Integer, StructureRows.Existing> priorities = roadmap.priorities().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        p -> new StructureRows.Existing(
                                p.getValue().axis(), p.getValue().title())));
        Map<String, OrganisationSummary> byAcronym = organisations.all().stream()
                .collect(Collectors.toMap(o -> o.acronym().toUpperCase(Locale.ROOT), Function.identity()));
        return new StructureRows(roadmap.axes(), priorities, byAcronym);
    }

    /** An objective to create, its owners by id, the pilot first. */
    private static NewObjective objective(StructureRows.Planned planned) {
        return new NewObjective(
                planned.axis(),
                planned.axisTitle(),
                planned.priority(),
                planned.priorityTitle(),
                planned.code(),
                planned.title(),
                planned.target(),
                planned.deadline(),
                planned.owners().stream().map(OrganisationSummary::id).toList());
    }

    /**
     * The file's name as the audit trail and the pages show it: without the folders some browsers
     * send, without control characters, shortened.
     */
    static String fileName(String typed) {
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
