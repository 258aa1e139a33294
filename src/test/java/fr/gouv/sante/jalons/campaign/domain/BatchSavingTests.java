package fr.gouv.sante.jalons.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Saving several reports at once (the spreadsheet import's write): a refusal of the last one, found only
 * while writing, takes back the ones already written, their history entries included.
 */
@JalonsTest
class BatchSavingTests {

    @Autowired
    ReportSaving saving;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusalWhileWritingSavesNoneOfTheReports() {
        campaign.open();
        CurrentUser editor = users.editor("ANS");
        long events =
                jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        Map<ObjectiveCode, ReportCommand> commands = new LinkedHashMap<>();
        commands.put(ObjectiveCode.parse("3-1"), new ReportCommand(ProgressStatus.ON_TRACK, "Bon.", null, List.of()));
        commands.put(
                ObjectiveCode.parse("6-1"),
                new ReportCommand(
                        ProgressStatus.ON_TRACK,
                        "Mesure hors de la campagne.",
                        null,
                        List.of(campaign.measurement("6-1", "10", LocalDate.of(2020, 1, 1)))));

        assertThatThrownBy(() -> saving.saveAllAsDrafts(editor, commands)).isInstanceOf(InputRefused.class);

        assertThat(campaign.state("3-1")).isEqualTo(ReportState.TODO);
        assertThat(campaign.state("6-1")).isEqualTo(ReportState.TODO);
        assertThat(jdbc.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(events);
    }
}
