package fr.gouv.sante.jalons.campaign;

import java.time.LocalDate;

/** An administrator opened a campaign: the lead organisations must update their objectives by {@code dueOn}. */
public record CampaignOpened(String period, LocalDate dueOn) {}
