package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.AccountDirectory.Member;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.CampaignStatus;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.Row;
import fr.gouv.sante.jalons.notification.ReminderPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Who a reminder would reach in each organisation missing updates, and who it cannot. */
@Component
class ReminderPlans {

    private final AccountDirectory directory;

    ReminderPlans(AccountDirectory directory) {
        this.directory = directory;
    }

    /** Who each organisation missing updates would reach: one query for every organisation's accounts. */
    ReminderPlan plan(CampaignStatus campaign, boolean late) {
        Map<Long, List<Row>> missing = campaign.missing().stream()
                .collect(Collectors.groupingBy(Row::organisationId, LinkedHashMap::new, Collectors.toList()));
        Set<Role> roles = late ? Set.of(Role.EDITOR, Role.READER) : Set.of(Role.EDITOR);
        Map<Long, List<Member>> members = directory.members(missing.keySet(), roles).stream()
                .collect(Collectors.groupingBy(Member::organisationId));
        List<ReminderPlan.Organisation> organisations = missing.entrySet().stream()
                .map(entry -> {
                    List<Member> accounts = members.getOrDefault(entry.getKey(), List.of());
                    return new ReminderPlan.Organisation(
                            entry.getKey(),
                            entry.getValue().get(0).organisationAcronym(),
                            entry.getValue().stream().map(Row::objectiveCode).toList(),
                            people(accounts, false),
                            people(accounts, true));
                })
                .toList();
        return new ReminderPlan(campaign.period(), late, organisations);
    }

    private static List<ReminderPlan.Person> people(List<Member> accounts, boolean invitationPending) {
        return accounts.stream()
                .filter(member -> member.invitationPending() == invitationPending)
                .map(member -> new ReminderPlan.Person(member.id(), member.displayName(), member.email()))
                .toList();
    }
}
