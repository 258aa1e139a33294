package fr.gouv.sante.jalons.provenance.domain;

import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.provenance.DocumentUse;
import fr.gouv.sante.jalons.provenance.ObjectiveSources;
import fr.gouv.sante.jalons.provenance.RoadmapFact;
import fr.gouv.sante.jalons.provenance.Source;
import fr.gouv.sante.jalons.provenance.SourceDocument;
import fr.gouv.sante.jalons.provenance.SourceQueries;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.ReportOrigin;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents and their uses are reference data (a migration); the source of a status entered in
 * Jalons is derived from the published record (who submitted it, when the DNS published it), never
 * stored as prose.
 */
@Service
@Transactional(readOnly = true)
class JpaSourceQueries implements SourceQueries {

    private static final String USES = """
            select u.subject, u.objective_id, u.period_code, d.code, d.description, d.dated
            from source_document_use u join source_document d on d.id = u.source_document_id
            where u.subject in ('OBJECTIVE', 'REPORT')""";

    private final EntityManager entityManager;
    private final PublicationQueries progress;
    private final OrganisationQueries organisations;
    private final MessageSource messages;

    JpaSourceQueries(
            EntityManager entityManager,
            PublicationQueries progress,
            OrganisationQueries organisations,
            MessageSource messages) {
        this.entityManager = entityManager;
        this.progress = progress;
        this.organisations = organisations;
        this.messages = messages;
    }

    @Override
    public List<SourceDocument> documents() {
        List<?> rows = entityManager.createNativeQuery("""
                        select code, description, title, publisher, dated, dated_iso, date_precision, date_note, taken
                        from source_document order by position""").getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new SourceDocument(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        (String) row[6],
                        (String) row[7],
                        (String) row[8]))
                .toList();
    }

    @Override
    public ObjectiveSources objective(long objectiveId) {
        List<?> uses = entityManager
                .createNativeQuery(USES + " and u.objective_id = :objectiveId order by d.position")
                .setParameter("objectiveId", objectiveId)
                .getResultList();
        return sources(uses(uses), progress.publishedReportOrigins(objectiveId), organisations::acronymsById)
                .getOrDefault(objectiveId, ObjectiveSources.NONE);
    }

    @Override
    public ObjectiveSources objective(
            long objectiveId, List<DocumentUse> uses, List<ReportOrigin> origins, Map<Long, String> acronymsById) {
        return sources(uses, origins, () -> acronymsById).getOrDefault(objectiveId, ObjectiveSources.NONE);
    }

    @Override
    public Map<Long, ObjectiveSources> objectives() {
        List<?> uses = entityManager
                .createNativeQuery(USES + " order by u.objective_id, d.position")
                .getResultList();
        return sources(uses(uses), progress.publishedReportOrigins(), organisations::acronymsById);
    }

    @Override
    public List<RoadmapFact> roadmapFacts(long roadmapId) {
        List<?> rows = entityManager
                .createNativeQuery("""
                        select f.statement, f.occurred_on, f.date_precision, f.date_note, d.code, d.description,
                            d.dated, f.source_excerpt
                        from roadmap_fact f join source_document d on d.id = f.source_document_id
                        where f.roadmap_id = :roadmapId order by f.position""")
                .setParameter("roadmapId", roadmapId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new RoadmapFact(
                        (String) row[0],
                        date(row[1]),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        message("source.document", row[5], row[6]),
                        (String) row[7]))
                .toList();
    }

    private static List<DocumentUse> uses(List<?> rows) {
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new DocumentUse(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (String) row[5]))
                .toList();
    }

    private Map<Long, ObjectiveSources> sources(
            List<DocumentUse> uses, List<ReportOrigin> origins, Supplier<Map<Long, String>> acronymsById) {
        Map<Long, List<Source>> structure = new LinkedHashMap<>();
        Map<String, DocumentUse> reportDocuments = new HashMap<>();
        for (DocumentUse use : uses) {
            if ("OBJECTIVE".equals(use.subject())) {
                structure
                        .computeIfAbsent(use.objectiveId(), id -> new ArrayList<>())
                        .add(new Source(Source.STRUCTURE, null, use.code(), null, null, documentText(use)));
            } else {
                reportDocuments.putIfAbsent(use.objectiveId() + "/" + use.period(), use);
            }
        }
        // a status is its latest period's report; period codes (2024-S2, 2025-S1) sort in time order
        Map<Long, ReportOrigin> latest = origins.stream()
                .collect(Collectors.toMap(
                        ReportOrigin::objectiveId,
                        origin -> origin,
                        (a, b) -> Comparator.comparing(ReportOrigin::period).compare(a, b) >= 0 ? a : b));
        Map<Long, String> acronyms = latest.isEmpty() ? Map.of() : acronymsById.get();
        Map<Long, ObjectiveSources> sources = new LinkedHashMap<>();
        for (Long id : union(structure.keySet(), latest.keySet())) {
            ReportOrigin origin = latest.get(id);
            sources.put(
                    id,
                    new ObjectiveSources(
                            structure.getOrDefault(id, List.of()),
                            origin == null
                                    ? null
                                    : status(origin, reportDocuments.get(id + "/" + origin.period()), acronyms)));
        }
        return sources;
    }

    /**
     * A report taken over with the reference data and never corrected comes from its document; any
     * other was entered, or corrected, in Jalons and published by the DNS.
     */
    private Source status(ReportOrigin origin, @Nullable DocumentUse document, Map<Long, String> acronyms) {
        if (document != null && !origin.enteredInJalons() && origin.revision() == 1) {
            return new Source(Source.STATUS, origin.period(), document.code(), null, null, documentText(document));
        }
        LocalDate publishedOn = LocalDate.ofInstant(origin.publishedAt(), FrenchFormat.PARIS);
        String day = FrenchFormat.date(publishedOn);
        String enteredBy =
                origin.submittedByOrganisationId() == null ? null : acronyms.get(origin.submittedByOrganisationId());
        String text;
        if (origin.revision() > 1) {
            text = message("source.status.corrected", day);
        } else if (enteredBy != null) {
            text = message("source.status.entered", enteredBy, day);
        } else {
            text = message("source.status.entered.dns", day);
        }
        return new Source(Source.STATUS, origin.period(), null, enteredBy, publishedOn, text);
    }

    private String documentText(DocumentUse use) {
        return message("source.document", use.description(), use.dated());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    /** A date column as Hibernate hands it over in a native query, whichever type it chose. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
