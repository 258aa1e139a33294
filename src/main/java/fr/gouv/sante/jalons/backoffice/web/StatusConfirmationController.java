package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.StatusConfirmation;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DNS's one screen to confirm or change the statuses reconstructed from a document's text: one
 * choice per objective, one submit for many.
 */
@BackOffice
@Controller
class StatusConfirmationController {

    static final String PATH = "/admin/statuts-reconstitues";

    /** A row's choice is posted as {@code decision.<code>.<period>}, its version as {@code version.<code>.<period>}. */
    private static final String DECISION = "decision.";

    private static final String VERSION = "version.";

    private final StatusConfirmation confirmation;
    private final CampaignOverviews overviews;
    private final BackOfficeViews views;

    StatusConfirmationController(StatusConfirmation confirmation, CampaignOverviews overviews, BackOfficeViews views) {
        this.confirmation = confirmation;
        this.overviews = overviews;
        this.views = views;
    }

    /** One row of the screen. */
    record Row(
            String code,
            String title,
            String period,
            String periodLabel,
            String statusLabelKey,
            String statusCode,
            String narrativeHtml,
            long version) {

        public String decisionName() {
            return DECISION + code + "." + period;
        }

        public String versionName() {
            return VERSION + code + "." + period;
        }

        public String fieldId() {
            return "decision-" + code + "-" + period;
        }
    }

    @GetMapping(PATH)
    String screen(CurrentUser admin, Model model) {
        model.addAttribute(
                "rows",
                overviews.inferredStatuses(admin).stream()
                        .map(status -> new Row(
                                status.objectiveCode(),
                                status.objectiveTitle(),
                                status.period(),
                                views.periodLabel(status.period()),
                                status.status().messageKey(),
                                status.status().name(),
                                MarkdownText.toSafeHtml(status.narrative()),
                                status.version()))
                        .toList());
        model.addAttribute("statuses", views.statuses());
        return "campaign/status-confirmation";
    }

    @PostMapping(PATH)
    String decide(@RequestParam Map<String, String> parameters, CurrentUser admin, RedirectAttributes redirect) {
        List<StatusConfirmation.Decision> decisions = decisions(parameters);
        if (decisions.isEmpty()) {
            redirect.addFlashAttribute("error", "confirmation.none");
            return "redirect:" + PATH;
        }
        try {
            int decided = confirmation.decide(admin, decisions);
            redirect.addFlashAttribute("flash", "confirmation.flash.done");
            redirect.addFlashAttribute("flashCount", decided);
        } catch (InputRefused e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return "redirect:" + PATH;
    }

    /** The rows given a choice; rows left on "decide later" are not decisions. */
    private static List<StatusConfirmation.Decision> decisions(Map<String, String> parameters) {
        List<StatusConfirmation.Decision> decisions = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (!name.startsWith(DECISION) || value == null || value.isBlank()) {
                return;
            }
            String key = name.substring(DECISION.length());
            int dot = key.indexOf('.');
            if (dot < 0) {
                throw new MalformedInputException("decision", name);
            }
            ProgressStatus status;
            long version;
            try {
                status = ProgressStatus.valueOf(value);
                version = Long.parseLong(parameters.getOrDefault(VERSION + key, ""));
            } catch (IllegalArgumentException e) {
                throw new MalformedInputException("decision", name);
            }
            decisions.add(new StatusConfirmation.Decision(
                    ObjectiveCode.parse(key.substring(0, dot)), key.substring(dot + 1), status, version));
        });
        return decisions;
    }
}
