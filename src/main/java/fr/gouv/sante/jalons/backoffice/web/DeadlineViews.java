package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.followup.CampaignFollowUp;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.CampaignStatus;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.Row;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The due date made visible: days left (or late) for everyone, and for administrators the
 * organisations that have not submitted everything (late ones highlighted) and the late submissions.
 */
@Component
class DeadlineViews {

    private final CampaignFollowUp followUp;
    private final MessageSource messages;
    private final Clock clock;

    DeadlineViews(CampaignFollowUp followUp, MessageSource messages, Clock clock) {
        this.followUp = followUp;
        this.messages = messages;
        this.clock = clock;
    }

    /** Days left before the due date, or past it. */
    record DueView(String dueOn, String countdown, boolean pastDue) {}

    /** An organisation with objectives not submitted yet. */
    record MissingView(String acronym, String codes, int count) {}

    /** A report submitted after the due date. */
    record LateSubmissionView(String code, String acronym, String submittedAt) {}

    record AdminDeadlineView(DueView due, List<MissingView> missing, List<LateSubmissionView> lateSubmissions) {}

    /** Null when no campaign is open or it has no due date. */
    @Nullable
    DueView due() {
        return followUp.openCampaign()
                .filter(campaign -> campaign.dueOn() != null)
                .map(this::due)
                .orElse(null);
    }

    /** For the administrators' campaign page (the page itself is reserved to them). */
    @Nullable
    AdminDeadlineView admin() {
        return followUp.openCampaign()
                .filter(campaign -> campaign.dueOn() != null)
                .map(campaign -> {
                    Map<String, List<Row>> missing = campaign.missing().stream()
                            .collect(Collectors.groupingBy(
                                    Row::organisationAcronym, LinkedHashMap::new, Collectors.toList()));
                    List<MissingView> organisations = missing.entrySet().stream()
                            .map(entry -> new MissingView(
                                    entry.getKey(),
                                    entry.getValue().stream()
                                            .map(Row::objectiveCode)
                                            .collect(Collectors.joining(", ")),
                                    entry.getValue().size()))
                            .toList();
                    // one line per report (an objective led by several organisations has one report)
                    Map<String, List<Row>> lateByObjective = campaign.rows().stream()
                            .filter(Row::submittedLate)
                            .collect(
                                    Collectors.groupingBy(Row::objectiveCode, LinkedHashMap::new, Collectors.toList()));
                    List<LateSubmissionView> late = lateByObjective.values().stream()
                            .map(rows -> new LateSubmissionView(
                                    rows.get(0).objectiveCode(),
                                    rows.stream().map(Row::organisationAcronym).collect(Collectors.joining(", ")),
                                    FrenchFormat.dateTime(rows.get(0).submittedAt())))
                            .toList();
                    return new AdminDeadlineView(due(campaign), organisations, late);
                })
                .orElse(null);
    }

    private DueView due(CampaignStatus campaign) {
        LocalDate today = LocalDate.now(clock);
        long days = ChronoUnit.DAYS.between(today, campaign.dueOn());
        String countdown = days >= 0
                ? messages.getMessage("deadline.days-left", new Object[] {days}, FrenchFormat.FRENCH)
                : messages.getMessage("deadline.days-late", new Object[] {-days}, FrenchFormat.FRENCH);
        return new DueView(FrenchFormat.date(campaign.dueOn()), countdown, days < 0);
    }
}
