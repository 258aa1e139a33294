package fr.gouv.sante.jalons.campaign;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What opening a campaign will do, for the DNS to confirm.
 *
 * @param closing         the period that closes for good (it stops taking late reports), null if none
 * @param unpublishedKept how many of its reports were never published and then never will be
 * @param recipients      how many people get the opening mail
 */
public record CampaignOpening(
        String period, LocalDate dueOn, @Nullable String closing, long unpublishedKept, int recipients) {}
