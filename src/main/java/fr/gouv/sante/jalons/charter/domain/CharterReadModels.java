package fr.gouv.sante.jalons.charter.domain;

import fr.gouv.sante.jalons.charter.CharterDocument;
import fr.gouv.sante.jalons.charter.CharterDocument.Commitment;
import fr.gouv.sante.jalons.charter.CharterDocument.LinkedObjective;
import fr.gouv.sante.jalons.charter.CharterDocument.Section;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterQueries.LinkedCommitment;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.charter.Party;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The charter as the public reads it, kept in {@value CharterQueries#CACHE} until a link changes: the
 * charter's page and the API read the whole document (three statements), an objective's page only the
 * commitments linked to it (one).
 */
@Component
class CharterReadModels {

    /** The charter's page and the API: the text, the commitments with their objectives, the versions. */
    record ReadModel(CharterDocument document, List<CharterVersion> versions) {}

    private final EntityManager entityManager;
    private final PublicCaches caches;
    /** Only a model that is missing is read in a transaction: a cached one needs no connection. */
    private final TransactionTemplate reading;

    CharterReadModels(EntityManager entityManager, PublicCaches caches, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.caches = caches;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The whole document; visitors arriving together on an empty cache wait for one reading. */
    ReadModel readModel() {
        return caches.read(CharterQueries.CACHE, "read-model", () -> reading.execute(tx -> readReadModel()));
    }

    /** The commitments linked to each objective (by code), cached like {@link #readModel}. */
    Map<String, List<LinkedCommitment>> linksByObjective() {
        return caches.read(
                CharterQueries.CACHE, "links-by-objective", () -> reading.execute(tx -> readLinksByObjective()));
    }

    private ReadModel readReadModel() {
        List<Object[]> versionRows =
                rows("select version, designation, signed_year, predecessor, title, source_document from charter"
                        + " order by position");
        List<CharterVersion> versions = versionRows.stream()
                .map(row -> new CharterVersion(
                        (String) row[0], (String) row[1], row[2] == null ? null : ((Number) row[2]).intValue(), (String)
                                row[3]))
                .toList();
        List<Object[]> sectionRows = rows("""
                select charter_version, numeral, heading, body, party
                from charter_section order by charter_version, position""");
        // the charter whose text Jalons holds: the latest version that has sections
        String current = sectionRows.stream()
                .map(row -> (String) row[0])
                .max(Comparator.comparingInt(version -> position(versions, version)))
                .orElseThrow(() -> new IllegalStateException("No charter text in the database"));
        CharterVersion charter = versions.stream()
                .filter(v -> v.version().equals(current))
                .findFirst()
                .orElseThrow();
        List<Section> sections = sectionRows.stream()
                .filter(row -> current.equals(row[0]))
                .map(row -> new Section(
                        (String) row[1],
                        (String) row[2],
                        row[3] == null ? List.of() : Arrays.asList(((String) row[3]).split("\n\n")),
                        row[4] == null ? null : Party.valueOf((String) row[4])))
                .toList();
        List<Commitment> commitments = commitments(current);
        CharterVersion predecessor = charter.predecessor() == null
                ? null
                : versions.stream()
                        .filter(v -> v.version().equals(charter.predecessor()))
                        .findFirst()
                        .orElse(null);
        Object[] currentRow = versionRows.stream()
                .filter(row -> current.equals(row[0]))
                .findFirst()
                .orElseThrow();
        return new ReadModel(
                new CharterDocument(
                        charter.version(),
                        (String) currentRow[4],
                        charter.designation(),
                        predecessor,
                        sections,
                        commitments,
                        (String) currentRow[5]),
                versions);
    }

    /**
     * The commitments linked to each objective (by code), for the objectives' pages: one statement, the
     * only cost an objective's page adds when the caches are empty.
     */
    private Map<String, List<LinkedCommitment>> readLinksByObjective() {
        List<Object[]> rows = rows("""
                select o.code, c.party, c.number, c.text
                from charter_commitment_objective l
                join charter_commitment c on c.id = l.commitment_id
                join objective o on o.id = l.objective_id
                join roadmap r on r.id = o.roadmap_id and r.state = 'CURRENT'
                where c.charter_version = (
                    select s.charter_version from charter_section s join charter v on v.version = s.charter_version
                    order by v.position desc limit 1)""");
        Map<String, List<LinkedCommitment>> byObjective = new LinkedHashMap<>();
        rows.stream()
                .map(row -> Map.entry(
                        (String) row[0],
                        new LinkedCommitment(
                                Party.valueOf((String) row[1]), ((Number) row[2]).intValue(), (String) row[3])))
                .sorted(Comparator.comparing((Map.Entry<String, LinkedCommitment> e) ->
                                e.getValue().party())
                        .thenComparingInt(e -> e.getValue().number()))
                .forEach(e -> byObjective
                        .computeIfAbsent(e.getKey(), code -> new ArrayList<>())
                        .add(e.getValue()));
        byObjective.replaceAll((code, linked) -> List.copyOf(linked));
        return Map.copyOf(byObjective);
    }

    /**
     * Each commitment in the text's order (State's first), with its links to the current roadmap's
     * objectives in the roadmap's order; objectives are the roadmap's rows, read here by id only.
     */
    private List<Commitment> commitments(String version) {
        List<Object[]> rows = rows("""
                select c.party, c.number, c.text, o.code, o.title
                from charter_commitment c
                left join charter_commitment_objective l on l.commitment_id = c.id
                left join objective o on o.id = l.objective_id
                    and o.roadmap_id = (select r.id from roadmap r where r.state = 'CURRENT')
                where c.charter_version = :version""", Map.of("version", version));
        Map<String, List<Object[]>> byCommitment = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing((Object[] row) -> Party.valueOf((String) row[0]))
                        .thenComparingInt(row -> ((Number) row[1]).intValue()))
                .forEach(row -> byCommitment
                        .computeIfAbsent(row[0] + "-" + row[1], key -> new ArrayList<>())
                        .add(row));
        return byCommitment.values().stream()
                .map(group -> {
                    Object[] first = group.get(0);
                    List<LinkedObjective> objectives = group.stream()
                            .filter(row -> row[3] != null)
                            .map(row -> new LinkedObjective((String) row[3], (String) row[4]))
                            .sorted(Comparator.comparing(objective -> ObjectiveCode.parse(objective.code())))
                            .toList();
                    return new Commitment(
                            Party.valueOf((String) first[0]),
                            ((Number) first[1]).intValue(),
                            (String) first[2],
                            objectives);
                })
                .toList();
    }

    private static int position(List<CharterVersion> versions, String version) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).version().equals(version)) {
                return i;
            }
        }
        return -1;
    }

    private List<Object[]> rows(String sql) {
        return rows(sql, Map.of());
    }

    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return ((List<?>) query.getResultList())
                .stream()
                        .map(row -> row instanceof Object[] array ? array : new Object[] {row})
                        .toList();
    }
}
