package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.dashboard.ObjectiveFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The public URLs, in French, shareable. */
final class Urls {
    static final String CSV = "/opendata/objectives.csv";
    static final String JSON = "/api/v1/objectives";

    private Urls() {}

    static String objectives() {
        return "/objectifs";
    }

    /** The CSV export of the list as filtered: the same parameters, those left empty dropped. */
    static String objectivesCsv(ObjectiveFilter filter) {
        StringJoiner query = new StringJoiner("&", CSV + "?", "").setEmptyValue(CSV);
        filters(query, filter);
        return query.toString();
    }

    /** A page of the objective list, with the filters and the sort it was reached with. */
    static String objectivesPage(ObjectiveFilter filter, int page) {
        StringJoiner query = new StringJoiner("&", objectives() + "?", "").setEmptyValue(objectives());
        filters(query, filter);
        if (page > 1) {
            param(query, "page", String.valueOf(page));
        }
        return query.toString();
    }

    /** The JSON list, of the theme the list is filtered on if any (the API filters on nothing else). */
    static String objectivesJson(@Nullable String themeSlug) {
        StringJoiner query = new StringJoiner("&", JSON + "?", "").setEmptyValue(JSON);
        param(query, "theme", themeSlug);
        return query.toString();
    }

    /** The list's filters and sort, the same in the page's links and in its exports. */
    private static void filters(StringJoiner query, ObjectiveFilter filter) {
        param(query, "q", filter.q());
        param(query, "statut", filter.statut());
        param(query, "axe", filter.axe());
        param(query, "priorite", filter.priorite());
        param(query, "organisation", filter.organisation());
        param(query, "annee", filter.annee());
        param(query, "maj", filter.maj());
        param(query, "depassee", filter.depassee());
        param(query, "tri", filter.tri());
        param(query, "theme", filter.theme());
    }

    private static void param(StringJoiner query, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    static String objective(String code) {
        return "/objectifs/" + code;
    }

    static String axis(int number) {
        return "/axes/" + number;
    }

    /** A document on the sources page. */
    static String source(String documentCode) {
        return "/sources#" + documentCode;
    }

    /** The list of the public roadmaps. */
    static String roadmaps() {
        return "/feuilles-de-route";
    }

    /** A public roadmap's home: today's home page for the current one. */
    static String roadmap(String slug, boolean current) {
        return current ? "/" : path("/feuilles-de-route/{slug}", slug);
    }

    static String roadmapObjectives(String slug, boolean current) {
        return current ? objectives() : path("/feuilles-de-route/{slug}/objectifs", slug);
    }

    /** An objective of a public roadmap: its page of today's site for the current roadmap. */
    static String roadmapObjective(String slug, boolean current, String code) {
        return current ? objective(code) : path("/feuilles-de-route/{slug}/objectifs/{code}", slug, code);
    }

    static String roadmapBilans(String slug, boolean current) {
        return current ? "/bilans" : path("/feuilles-de-route/{slug}/bilans", slug);
    }

    static String roadmapCsv(String slug, boolean current) {
        return current ? CSV : path("/feuilles-de-route/{slug}/opendata/objectifs.csv", slug);
    }

    static String roadmapJson(String slug, boolean current) {
        return current ? JSON : path("/api/v1/roadmaps/{slug}/objectives", slug);
    }

    private static String path(String template, Object... values) {
        return UriComponentsBuilder.fromPath(template)
                .buildAndExpand(values)
                .encode()
                .toUriString();
    }

    /** An archived roadmap's organisations. */
    static String roadmapOrganisations(String slug) {
        return path("/feuilles-de-route/{slug}/organisations", slug);
    }

    static String roadmapOrganisation(String slug, String organisation) {
        return path("/feuilles-de-route/{slug}/organisations/{organisation}", slug, organisation);
    }

    static String roadmapAxis(String slug, int number) {
        return path("/feuilles-de-route/{slug}/axes/{number}", slug, number);
    }

    static String organisation(String slug) {
        return UriComponentsBuilder.fromPath("/organisations/{slug}")
                .buildAndExpand(slug)
                .toUriString();
    }
}
