package fr.gouv.sante.jalons.history.web;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.history.History;
import fr.gouv.sante.jalons.history.HistoryFilter;
import fr.gouv.sante.jalons.history.HistoryViews;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.TextRules;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    HistoryPageController(
            History history, RoadmapQueries roadmap, HistoryViews views, AccessPolicy policy, MessageSource messages) {
        this.history = history;
        this.roadmap = roadmap;
        this.views = views;
        this.policy = policy;
        this.messages = messages;
    }

    /** Changes per page: each carries its raw JSON, so that a page of them stays a light page. */
    static final int PAGE_SIZE = 100;

    /** The filter as typed, kept in the form; what could not be read is said in {@code notices} (French texts). */
    record FilterView(String actor, String from, String to, List<ActorOption> actors, List<String> notices) {}

    /** An author of the filter: the label the trail holds, and how it is shown (role in French). */
    record ActorOption(String value, String label) {}

    @GetMapping("/admin/objectifs/{code}/historique")
    String objectiveHistory(
            @PathVariable String code,
            @RequestParam(name = "auteur", required = false) String actor,
            @RequestParam(name = "du", required = false) String from,
            @RequestParam(name = "au", required = false) String to,
            @RequestParam(name = "page", required = false) String page,
            CurrentUser admin,
            Model model) {
        policy.requireAdmin(admin);
        ObjectiveSummary objective = roadmap.objective(ObjectiveCode.fromPath(code))
                .orElseThrow(() -> new NotFoundException("objective", code))
                .summary();
        model.addAttribute("code", objective.code());
        model.addAttribute("objectiveTitle", objective.title());
        return page(
                objective.id(), "/admin/objectifs/" + objective.code() + "/historique", actor, from, to, page, model);
    }

    @GetMapping("/admin/historique")
    String fullHistory(
            @RequestParam(name = "auteur", required = false) String actor,
            @RequestParam(name = "du", required = false) String from,
            @RequestParam(name = "au", required = false) String to,
            @RequestParam(name = "page", required = false) String page,
            CurrentUser admin,
            Model model) {
        policy.requireAdmin(admin);
        return page(null, "/admin/historique", actor, from, to, page, model);
    }

    private String page(
            @Nullable Long objectiveId,
            String here,
            @Nullable String actor,
            @Nullable String from,
            @Nullable String to,
            @Nullable String page,
            Model model) {
        List<String> notices = new ArrayList<>();
        LocalDate fromDay = day(from, "history.filter.from.invalid", notices);
        LocalDate toDay = day(to, "history.filter.to.invalid", notices);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            notices.add(message("history.filter.range.invalid"));
            toDay = null;
        }
        List<ActorOption> actors = history.actors(objectiveId).stream()
                .map(label -> new ActorOption(label, views.actor(label)))
                .toList();
        String person = actor == null || actor.isBlank() ? null : actor.strip();
        if (person != null && !TextRules.isAcceptable(person, 300)) {
            notices.add(message("history.filter.actor.invalid"));
            person = null;
        }
        HistoryFilter filter = new HistoryFilter(objectiveId, person, fromDay, toDay);
        long total = history.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = PageLinks.requested(page, pages);
        if (current == 0) {
            notices.add(message("list.page.unknown", String.valueOf(page), pages));
            current = 1;
        }
        var entries = history.find(filter, (long) (current - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<Long, String> codes = roadmap.objectives().stream()
                .collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::code, (a, b) -> a));
        model.addAttribute("here", here);
        String count = message("history.count", total);
        model.addAttribute("entries", views.history(entries, codes, roadmap.indicatorLabels()));
        model.addAttribute("countLabel", pages > 1 ? message("list.count.page", count, current, pages) : count);
        model.addAttribute("current", current);
        // the list's numbers go on from page to page: the 101st change is numbered 101
        model.addAttribute("first", (current - 1) * PAGE_SIZE + 1);
        model.addAttribute("pagination", PageLinks.of(current, pages, number -> link(here, filter, number)));
        model.addAttribute(
                "filter", new FilterView(person == null ? "" : person, text(from), text(to), actors, notices));
        model.addAttribute("filtered", person != null || fromDay != null || toDay != null);
        return "history/history";
    }

    /** A page's address with the filters that apply (those that could not be read are left out). */
    private static String link(String here, HistoryFilter filter, int page) {
        StringJoiner query = new StringJoiner("&", here + "?", "").setEmptyValue(here);
        parameter(query, "auteur", filter.actor());
        parameter(query, "du", filter.from() == null ? null : filter.from().toString());
        parameter(query, "au", filter.to() == null ? null : filter.to().toString());
        if (page > 1) {
            parameter(query, "page", String.valueOf(page));
        }
        return query.toString();
    }

    private static void parameter(StringJoiner query, String name, @Nullable String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    private @Nullable LocalDate day(@Nullable String text, String notice, List<String> notices) {
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
        notices.add(message(notice));
        return null;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
