package fr.gouv.sante.jalons.theme.domain;

import fr.gouv.sante.jalons.dashboard.ObjectiveThemes;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themes as the public objective list, the API and the CSV export filter on them: cached like the
 * dashboard's read models, and cleared with them (every cache of the CacheManager) when a theme's
 * objectives change or any node asks.
 */
@Service
@Transactional(readOnly = true)
class ThemeDirectory implements ObjectiveThemes {

    static final String CACHE = "theme-objectives";

    private final JdbcClient jdbc;
    private final RoadmapQueries roadmap;

    ThemeDirectory(JdbcClient jdbc, RoadmapQueries roadmap) {
        this.jdbc = jdbc;
        this.roadmap = roadmap;
    }

    @Override
    @Cacheable(cacheNames = CACHE, sync = true)
    public List<ObjectiveThemes.Theme> all() {
        Map<Long, String> codes =
                roadmap.objectives().stream().collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::code));
        record Link(String slug, String title, Long objectiveId) {}
        List<Link> links = jdbc.sql("""
                        select t.slug, t.title, o.objective_id
                        from theme t left join theme_objective o on o.theme_id = t.id
                        order by t.position""")
                .query((rs, row) ->
                        new Link(rs.getString("slug"), rs.getString("title"), rs.getObject("objective_id", Long.class)))
                .list();
        Map<String, Set<String>> bySlug = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Link link : links) {
            titles.put(link.slug(), link.title());
            Set<String> themeCodes = bySlug.computeIfAbsent(link.slug(), slug -> new HashSet<>());
            // an objective of another roadmap is not one the public lists show
            if (link.objectiveId() != null && codes.containsKey(link.objectiveId())) {
                themeCodes.add(codes.get(link.objectiveId()));
            }
        }
        return bySlug.entrySet().stream()
                .map(entry -> new ObjectiveThemes.Theme(
                        entry.getKey(), titles.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
                .toList();
    }
}
