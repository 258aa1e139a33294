package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.provenance.SourceQueries;
import fr.gouv.sante.jalons.publication.PublicProgress;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.PublicRoadmapQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the public read models. Each method costs a fixed number of SQL queries, whatever the
 * number of objectives, and its result stays in a public cache until what the public sees changes
 * ({@link PublicCaches}). When the caches have just been emptied (a publication, a start), the
 * visitors who arrive together wait for one computation of a model instead of each making it
 * (twenty at once cost ten times the queries of one before).
 */
@Service
public class DashboardReader {

    /** Longer search input is cut: nobody types more, and it bounds the work a request can ask for. */
    static final int MAX_QUERY_LENGTH = 200;

    static final String SNAPSHOT = "dashboard-snapshot";
    static final String OBJECTIVE_PAGES = "dashboard-objective-pages";
    static final String SEARCHES = "dashboard-searches";

    private final RoadmapQueries roadmap;
    private final PublicRoadmapQueries roadmaps;
    private final PublicationQueries progress;
    private final OrganisationQueries organisations;
    private final SourceQueries sources;
    private final PublicCaches caches;
    private final ObjectivePageQuery pages;
    /** Only a model that is missing is read in a transaction: a cached one needs no connection. */
    private final TransactionTemplate reading;

    DashboardReader(
            RoadmapQueries roadmap,
            PublicRoadmapQueries roadmaps,
            PublicationQueries progress,
            OrganisationQueries organisations,
            SourceQueries sources,
            PublicCaches caches,
            ObjectivePageQuery pages,
            PlatformTransactionManager transactions) {
        this.roadmap = roadmap;
        this.roadmaps = roadmaps;
        this.progress = progress;
        this.organisations = organisations;
        this.sources = sources;
        this.caches = caches;
        this.pages = pages;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    public DashboardSnapshot snapshot() {
        // computed again as soon as a change is committed rather than by the first visitor after it:
        // every public page of the roadmap needs it, and at the scale of the whole ministry it takes a second
        return caches.readRebuilt(SNAPSHOT, SimpleKey.EMPTY, () -> reading.execute(tx -> readSnapshot()));
    }

    /** The snapshot read now, past the cache: a preview must neither see nor fill the public caches. */
    @Transactional(readOnly = true)
    public DashboardSnapshot readSnapshot() {
        PublicProgress published = progress.publicProgress();
        List<PublicObjective> objectives = roadmap.objectives().stream()
                .map(objective -> new PublicObjective(objective, published.of(objective.id())))
                .toList();
        RoadmapSummary current = roadmap.roadmap();
        return new DashboardSnapshot(
                current,
                published.latestPeriod(),
                published.previousPeriod(),
                objectives,
                roadmap.axes(),
                organisations.all(),
                sources.roadmapFacts(current.id()));
    }

    /** One objective's page content; see {@link #objectivePage(ObjectiveCode)}. */
    public Optional<PublicObjectiveDetails> objective(ObjectiveCode code) {
        return objectivePage(code).map(ObjectivePage::details);
    }

    /**
     * Everything one objective's public page shows, its row and the latest period included, read in
     * one SQL statement when not cached: a page needs neither the snapshot of every objective nor
     * one statement per kind of row.
     */
    public Optional<ObjectivePage> objectivePage(ObjectiveCode code) {
        return caches.read(OBJECTIVE_PAGES, code, () -> reading.execute(tx -> pages.read(code)));
    }

    /** One objective's public model read now, past the cache (see {@link #readSnapshot()}). */
    @Transactional(readOnly = true)
    public Optional<PublicObjectiveDetails> readObjective(ObjectiveCode code) {
        Optional<ObjectiveDetails> details = roadmap.objective(code);
        return details.map(objective -> new PublicObjectiveDetails(
                objective,
                progress.publishedReports(objective.summary().id()),
                progress.publishedMeasurements(objective.indicators().stream()
                        .map(ObjectiveDetails.IndicatorDetails::id)
                        .toList()),
                sources.objective(objective.summary().id()),
                roadmaps.continuations(objective.summary().id())));
    }

    /**
     * Codes of the objectives whose code, title, target or published narratives match the query.
     * Any input is safe: control characters are dropped, the length is bounded, and PostgreSQL's
     * {@code websearch_to_tsquery} never fails on syntax.
     */
    public Set<String> search(String query) {
        return caches.read(SEARCHES, query == null ? "" : query, () -> reading.execute(tx -> readSearch(query)));
    }

    private Set<String> readSearch(String query) {
        String cleaned = cleanQuery(query);
        if (cleaned.isEmpty()) {
            return Set.of();
        }
        Set<String> codes = new HashSet<>(roadmap.objectivesMatching(cleaned));
        Set<Long> byNarrative = progress.objectivesWithNarrativeMatching(cleaned);
        if (!byNarrative.isEmpty()) {
            roadmap.objectives().stream()
                    .filter(objective -> byNarrative.contains(objective.id()))
                    .forEach(objective -> codes.add(objective.code()));
        }
        return Set.copyOf(codes);
    }

    /** The query as it will be searched: no control characters, trimmed, at most 200 characters, whole words. */
    public static String cleanQuery(String query) {
        if (query == null) {
            return "";
        }
        String cleaned = query.replaceAll("\\p{Cntrl}", " ").strip();
        if (cleaned.length() <= MAX_QUERY_LENGTH) {
            return cleaned;
        }
        // cut at a word boundary: half a word would match nothing
        String cut = cleaned.substring(0, MAX_QUERY_LENGTH);
        int lastSpace = cut.lastIndexOf(' ');
        boolean midWord = !Character.isWhitespace(cleaned.charAt(MAX_QUERY_LENGTH));
        return (midWord && lastSpace > 0 ? cut.substring(0, lastSpace) : cut).strip();
    }
}
