package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The campaign's sub-pages under the administrators' home: the organisations' completion, the
 * reports (with the bulk validation) and the publication. Filters, sort and page are plain query
 * parameters, so that every view of a table has its own address.
 */
@BackOffice
@Controller
class CampaignPagesController {

    private final CampaignOverviews overviews;
    private final BackOfficeViews views;
    private final CampaignTables tables;
    private final DeadlineViews deadlines;

    CampaignPagesController(
            CampaignOverviews overviews, BackOfficeViews views, CampaignTables tables, DeadlineViews deadlines) {
        this.overviews = overviews;
        this.views = views;
        this.tables = tables;
        this.deadlines = deadlines;
    }

    @GetMapping(CampaignTables.ORGANISATIONS)
    String organisations(
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String etat,
            @RequestParam(required = false) String retard,
            @RequestParam(required = false) String tri,
            @RequestParam(required = false) String sens,
            @RequestParam(required = false) String page,
            CurrentUser admin,
            Model model) {
        var overview = overviews.overview(admin);
        var query = TableQuery.of(
                CampaignTables.ORGANISATIONS,
                organisation,
                etat,
                retard,
                tri,
                sens,
                page,
                CampaignTables.organisationSorts());
        model.addAttribute("page", views.campaign(overview));
        model.addAttribute("options", tables.options(overview));
        model.addAttribute("table", tables.organisations(overview, query));
        model.addAttribute("deadline", deadlines.admin());
        model.addAttribute("tab", "organisations");
        return "campaign/campaign-organisations";
    }

    @GetMapping(CampaignTables.REPORTS)
    String reports(
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String etat,
            @RequestParam(required = false) String retard,
            @RequestParam(required = false) String tri,
            @RequestParam(required = false) String sens,
            @RequestParam(required = false) String page,
            CurrentUser admin,
            Model model) {
        var overview = overviews.overview(admin);
        var query = TableQuery.of(
                CampaignTables.REPORTS, organisation, etat, retard, tri, sens, page, CampaignTables.reportSorts());
        model.addAttribute("page", views.campaign(overview));
        model.addAttribute("options", tables.options(overview));
        model.addAttribute("table", tables.reports(overview, query));
        model.addAttribute("tab", "rapports");
        return "campaign/campaign-reports";
    }

    @GetMapping("/admin/campagne/publication")
    String publication(CurrentUser admin, Model model) {
        var overview = overviews.overview(admin);
        model.addAttribute("page", views.campaign(overview));
        model.addAttribute(
                "periodPublished",
                overview.period() != null && overview.period().publishedAt() != null);
        model.addAttribute(
                "closedPeriods",
                overviews.closedPeriods(admin).stream()
                        .map(closed -> new ClosedPeriodView(
                                views.periodLabel(closed.code()),
                                closed.keptReports().stream()
                                        .map(kept -> new ClosedPeriodView.Kept(
                                                kept.objectiveCode(),
                                                kept.objectiveTitle(),
                                                views.state(kept.state()),
                                                FrenchFormat.dateTime(kept.updatedAt())))
                                        .toList()))
                        .toList());
        model.addAttribute("tab", "publication");
        return "campaign/campaign-publication";
    }

    /** A closed period's reports that were never published: kept, private for good. */
    record ClosedPeriodView(String periodLabel, List<Kept> kept) {
        record Kept(String code, String title, BackOfficeViews.StateView state, String updatedAt) {}
    }
}
