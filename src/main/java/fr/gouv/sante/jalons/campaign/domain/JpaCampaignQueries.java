package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.campaign.CampaignQueries;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaCampaignQueries implements CampaignQueries {

    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final ProgressReportRepository reports;

    JpaCampaignQueries(CampaignSupport campaign, ReportingPeriodRepository periods, ProgressReportRepository reports) {
        this.campaign = campaign;
        this.periods = periods;
        this.reports = reports;
    }

    @Override
    public Optional<OpenCampaign> openCampaign() {
        return campaign.openPeriod()
                .map(period -> new OpenCampaign(
                        CampaignSupport.summary(period),
                        period.getDueOn(),
                        period.getVersion(),
                        period.getPublications(),
                        reports.findByPeriod(period).stream()
                                .map(report -> new Report(
                                        report.getObjectiveId(),
                                        report.getState(),
                                        report.getUpdatedBy(),
                                        report.getUpdatedAt(),
                                        report.getSubmittedAt()))
                                .toList()));
    }

    @Override
    public Optional<String> openPeriod() {
        return campaign.openPeriod().map(ReportingPeriod::getCode);
    }

    @Override
    public List<KeptReport> keptReports() {
        return reports.findUnpublishedInClosedPeriods().stream()
                .map(report -> new KeptReport(
                        report.getPeriod().getCode(),
                        report.getPeriod().getPublications(),
                        report.getObjectiveId(),
                        report.getState(),
                        report.getUpdatedAt()))
                .toList();
    }

    @Override
    public List<PeriodReport> reportsByPeriod() {
        return periods.findByRoadmapIdOrderByEndsOnDesc(campaign.roadmapId()).stream()
                .flatMap(period -> reports.findByPeriod(period).stream())
                .map(report -> new PeriodReport(
                        report.getPeriod().getCode(), report.getId(), report.getObjectiveId(), report.getVersion()))
                .toList();
    }

    @Override
    public Optional<String> latestPeriod() {
        return periods.findByRoadmapIdOrderByEndsOnDesc(campaign.roadmapId()).stream()
                .findFirst()
                .map(ReportingPeriod::getCode);
    }
}
