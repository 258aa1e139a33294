package fr.gouv.sante.jalons.history.web;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.history.History;
import fr.gouv.sante.jalons.history.HistoryFilter;
import fr.gouv.sante.jalons.history.HistoryViews;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.TextRules;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The history in sentences, of one objective or of everything, filtered by person and dates. Administrators only. */
@BackOffice
@Controller
class HistoryPageController {

    private final History history;
    private final RoadmapQueries roadmap;
    private final HistoryViews views;
    private final AccessPolicy policy;

    HistoryPageController(History history, RoadmapQueries roadmap, HistoryViews views, AccessPolicy policy) {
        this.history = history;
        this.roadmap = roadmap;
        this.views = views;
        this.policy = policy;
    }

    /** The filter as typed, kept in the form; what could not be read is named in {@code notices}. */
    record FilterView(String actor, String from, String to, List<ActorOption> actors, List<String> notices) {}

    /** An author of the filter: the label the trail holds, and how it is shown (role in French). */
    record ActorOption(String value, String label) {}

    @GetMapping("/admin/objectifs/{code}/historique")
    String objectiveHistory(
            @PathVariable String code,
            @RequestParam(name = "auteur", required = false) String actor,
            @RequestParam(name = "du", required = false) String from,
            @RequestParam(name = "au", required = false) String to,
            CurrentUser admin,
            Model model) {
        policy.requireAdmin(admin);
        ObjectiveSummary objective = roadmap.objective(ObjectiveCode.fromPath(code))
                .orElseThrow(() -> new NotFoundException("objective", code))
                .summary();
        model.addAttribute("code", objective.code());
        model.addAttribute("objectiveTitle", objective.title());
        model.addAttribute("here", "/admin/objectifs/" + objective.code() + "/historique");
        return page(objective.id(), actor, from, to, model);
    }

    @GetMapping("/admin/historique")
    String fullHistory(
            @RequestParam(name = "auteur", required = false) String actor,
            @RequestParam(name = "du", required = false) String from,
            @RequestParam(name = "au", required = false) String to,
            CurrentUser admin,
            Model model) {
        policy.requireAdmin(admin);
        model.addAttribute("here", "/admin/historique");
        return page(null, actor, from, to, model);
    }

    private String page(
            @Nullable Long objectiveId,
            @Nullable String actor,
            @Nullable String from,
            @Nullable String to,
            Model model) {
        List<String> notices = new ArrayList<>();
        LocalDate fromDay = day(from, "history.filter.from.invalid", notices);
        LocalDate toDay = day(to, "history.filter.to.invalid", notices);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            notices.add("history.filter.range.invalid");
            toDay = null;
        }
        List<ActorOption> actors = history.actors(objectiveId).stream()
                .map(label -> new ActorOption(label, views.actor(label)))
                .toList();
        String person = actor == null || actor.isBlank() ? null : actor.strip();
        if (person != null && !TextRules.isAcceptable(person, 300)) {
            notices.add("history.filter.actor.invalid");
            person = null;
        }
        var entries = history.find(new HistoryFilter(objectiveId, person, fromDay, toDay));
        Map<Long, String> codes = roadmap.objectives().stream()
                .collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::code, (a, b) -> a));
        model.addAttribute("entries", views.history(entries, codes, roadmap.indicatorLabels()));
        model.addAttribute("truncated", entries.size() >= History.MAX_ENTRIES);
        model.addAttribute(
                "filter", new FilterView(person == null ? "" : person, text(from), text(to), actors, notices));
        model.addAttribute("filtered", person != null || fromDay != null || toDay != null);
        return "history/history";
    }

    private static @Nullable LocalDate day(@Nullable String text, String notice, List<String> notices) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            // the database's dates end far before Java's: a year no one would type is refused, not sent
            if (day.getYear() >= 1900 && day.getYear() <= 2200) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // named in the notice below
        }
        notices.add(notice);
        return null;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
