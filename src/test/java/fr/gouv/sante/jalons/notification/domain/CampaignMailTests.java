package fr.gouv.sante.jalons.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestMailServer;
import fr.gouv.sante.jalons.support.TestMailServer.Mail;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The campaign's mails, read from a real SMTP server (GreenMail): opening, reminders before and after
 * the due date (each sent once, also by two nodes at once and after a restart), "Relancer
 * maintenant", a report sent back, a publication; and the deadline on /admin, in "Mes objectifs" and
 * in the export.
 */
@JalonsTest
class CampaignMailTests {

    static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    JdbcCampaignReminders reminders;

    @Autowired
    ApplicationContext context;

    CurrentUser admin;
    CurrentUser ans;
    CurrentUser ansReader;
    CurrentUser cnam;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        ans = users.editor("ANS");
        ansReader = users.reader("ANS");
        cnam = users.editor("CNAM");
        await().atMost(Duration.ofSeconds(20)).until(() -> pending() == 0);
        smtp.purge();
        campaign.open(CampaignFixture.PERIOD, DUE);
    }

    private long pending() {
        return jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    /** All mails to this address once the outbox is empty. */
    private List<Mail> delivered(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pending() == 0);
        return smtp.to(address);
    }

    private List<Mail> delivered(String address, String subjectStart) {
        return delivered(address).stream()
                .filter(mail -> mail.subject().startsWith(subjectStart))
                .toList();
    }

    private List<String> codesLedBy(String acronym) {
        return jdbc.sql("""
                select o.code from objective o join objective_owner w on w.objective_id = o.id
                join organisation g on g.id = w.organisation_id where g.acronym = ? order by o.id""").param(acronym).query(String.class).list();
    }

    private void submit(CurrentUser editor, String code) {
        campaign.submitted(editor, code, ProgressStatus.ON_TRACK, "Avancement du semestre.");
    }

    @Test
    void openingACampaignWritesToTheEditorsOfEachLeadOrganisationWithTheirObjectives() {
        List<Mail> toAns = delivered(ans.email());
        assertThat(toAns).hasSize(1);
        Mail mail = toAns.get(0);
        assertThat(mail.subject())
                .isEqualTo("Jalons : campagne du 1er semestre 2025 ouverte, à rendre le 30 juin 2025");
        assertThat(mail.text())
                .contains(
                        "Bonjour Test EDITOR ANS,",
                        "au plus tard le 30 juin 2025",
                        "dont ANS est porteur",
                        "- 3-1 : ",
                        "« Mes objectifs » : http://localhost:8080/espace");
        for (String code : codesLedBy("ANS")) {
            assertThat(mail.text()).contains("- " + code + " : ");
        }
        List<String> notAns = codesLedBy("CNAM").stream()
                .filter(code -> !codesLedBy("ANS").contains(code))
                .toList();
        assertThat(notAns).isNotEmpty();
        assertThat(mail.text()).doesNotContain("- " + notAns.get(0) + " : ");
        assertThat(delivered(cnam.email()).get(0).text())
                .contains("- " + notAns.get(0) + " : ", "dont CNAM est porteur");
        // readers follow, they do not write: no opening mail
        assertThat(delivered(ansReader.email())).isEmpty();
    }

    @Test
    void remindersBeforeTheDueDateListWhatIsStillToDoAndGoOnceEvenAfterARestart() {
        submit(ans, "3-1");
        assertThat(reminders.sendDue(LocalDate.of(2025, 6, 10)))
                .as("more than 14 days ahead")
                .isZero();
        assertThat(reminders.sendDue(LocalDate.of(2025, 6, 16))).isPositive();
        List<Mail> toAns = delivered(ans.email(), "Jalons : relance");
        assertThat(toAns).hasSize(1);
        assertThat(toAns.get(0).subject())
                .isEqualTo("Jalons : relance, campagne du 1er semestre 2025 à rendre le 30 juin 2025");
        assertThat(toAns.get(0).text())
                .contains(
                        "se termine le 30 juin 2025, dans 14 jour(s)",
                        "Objectifs restant à soumettre",
                        "http://localhost:8080/espace")
                .doesNotContain("- 3-1 : ");
        List<String> stillToDo =
                codesLedBy("ANS").stream().filter(code -> !code.equals("3-1")).toList();
        stillToDo.forEach(code -> assertThat(toAns.get(0).text()).contains("- " + code + " : "));
        assertThat(delivered(ansReader.email()))
                .as("readers only after the due date")
                .isEmpty();

        // the same day again, a later day of the same window, and a restarted node: nothing more
        assertThat(reminders.sendDue(LocalDate.of(2025, 6, 16))).isZero();
        assertThat(reminders.sendDue(LocalDate.of(2025, 6, 20))).isZero();
        assertThat(restartedNode().sendDue(LocalDate.of(2025, 6, 17))).isZero();
        assertThat(delivered(ans.email(), "Jalons : relance")).hasSize(1);

        // the next step of the calendar goes out
        assertThat(restartedNode().sendDue(LocalDate.of(2025, 6, 23))).isPositive();
        List<Mail> second = delivered(ans.email(), "Jalons : relance");
        assertThat(second).hasSize(2);
        assertThat(second.get(1).text()).contains("dans 7 jour(s)");
    }

    @Test
    void twoNodesRunningTheReminderJobAtOnceSendEachReminderOnce() throws Exception {
        JdbcCampaignReminders first = restartedNode();
        JdbcCampaignReminders second = restartedNode();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (JdbcCampaignReminders node : List.of(first, second)) {
                Callable<Integer> run = () -> {
                    start.await();
                    return node.sendDue(LocalDate.of(2025, 6, 29));
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            int total = runs.get(0).get() + runs.get(1).get();
            long organisations = jdbc.sql(
                            "select count(*) from campaign_reminder where period_code = '2025-S1' and not unreachable")
                    .query(Long.class)
                    .single();
            assertThat(total).isEqualTo(organisations).isPositive();
        } finally {
            pool.shutdown();
        }
        assertThat(delivered(ans.email(), "Jalons : relance")).hasSize(1);
        assertThat(delivered(cnam.email(), "Jalons : relance")).hasSize(1);
        assertThat(jdbc.sql("""
                select count(*) from mail_outbox where kind = 'REMINDER'
                group by recipient having count(*) > 1""").query(Long.class).list()).isEmpty();
    }

    @Test
    void afterTheDueDateAWeeklyReminderAlsoGoesToReaders() {
        assertThat(reminders.sendDue(LocalDate.of(2025, 7, 1))).isPositive();
        Mail toReader = delivered(ansReader.email(), "Jalons : date limite").get(0);
        assertThat(toReader.subject()).isEqualTo("Jalons : date limite dépassée pour la campagne du 1er semestre 2025");
        assertThat(toReader.text()).contains("est passée depuis 1 jour(s)", "- 3-1 : ");
        assertThat(delivered(ans.email(), "Jalons : date limite")).hasSize(1);
        assertThat(reminders.sendDue(LocalDate.of(2025, 7, 7))).as("same week").isZero();
        assertThat(reminders.sendDue(LocalDate.of(2025, 7, 8)))
                .as("a week later")
                .isPositive();
        assertThat(delivered(ansReader.email(), "Jalons : date limite")).hasSize(2);
    }

    @Test
    void remindNowSendsTheReminderAtOnceToTheOrganisationsStillMissingUpdates() {
        // ANS submits everything it leads: it is not reminded
        codesLedBy("ANS").forEach(code -> submit(ans, code));
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String page = session.get("/admin/campagne/organisations").body();
        assertThat(page).contains("Relancer maintenant", "action=\"/admin/relance\"");
        HttpResponse<String> reminded = session.post("/admin/relance", true);
        assertThat(reminded.statusCode()).isEqualTo(302);
        // the run's outcome is shown on the reminder screen
        assertThat(session.get("/admin/relances").body()).containsPattern("[0-9]+ organisations? relancées?\\.");
        assertThat(delivered(cnam.email(), "Jalons : relance")).hasSize(1);
        assertThat(delivered(ans.email(), "Jalons : relance")).isEmpty();
        // the form of another role is refused
        WebSession editor = WebSession.signedIn(port, cnam.email(), TestUsers.PASSWORD);
        assertThat(editor.post("/admin/relance", true).statusCode()).isEqualTo(403);
    }

    @Test
    void aReportSentBackReachesItsEditorWithTheComment() {
        submit(ans, "3-1");
        campaign.sentBack("3-1", "Merci de préciser la source du chiffre de juin.");
        Mail mail = delivered(ans.email(), "Jalons : l’objectif").get(0);
        assertThat(mail.subject()).isEqualTo("Jalons : l’objectif 3-1 vous est renvoyé");
        assertThat(mail.text())
                .contains(
                        "Merci de préciser la source du chiffre de juin.",
                        "1er semestre 2025",
                        "http://localhost:8080/espace/objectifs/3-1");
        assertThat(delivered(cnam.email(), "Jalons : l’objectif")).isEmpty();
    }

    @Test
    void aPublicationGivesEveryEditorTheLinkToTheBilan() {
        submit(ans, "3-1");
        campaign.validated("3-1");
        campaign.published();
        for (CurrentUser editor : List.of(ans, cnam)) {
            Mail mail = delivered(editor.email(), "Jalons : le bilan").get(0);
            assertThat(mail.subject()).isEqualTo("Jalons : le bilan du 1er semestre 2025 est publié");
            assertThat(mail.text()).contains("http://localhost:8080/bilans/2025-S1");
        }
        assertThat(delivered(ansReader.email(), "Jalons : le bilan")).isEmpty();

        // a late report published in a supplementary publication: the editors hear of it too
        String late = codesLedBy("CNAM").stream()
                .filter(code -> !code.equals("3-1"))
                .findFirst()
                .orElseThrow();
        submit(cnam, late);
        campaign.validated(late);
        campaign.published();
        Mail supplementary =
                delivered(ans.email(), "Jalons : publication complémentaire").get(0);
        assertThat(supplementary.subject())
                .isEqualTo("Jalons : publication complémentaire du bilan du 1er semestre 2025");
        assertThat(supplementary.text())
                .contains("rend public un point d'avancement de plus.", "http://localhost:8080/bilans/2025-S1")
                .doesNotContain("(s)");
    }

    @Test
    void theDueDateShowsInTheWorkspaceAndLateOrganisationsAndSubmissionsOnAdmin() throws IOException {
        WebSession editor = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        assertThat(editor.get("/espace").body()).contains("À rendre le 30 juin 2025", "Il reste 166 jours.");
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/campagne/organisations").body())
                .contains("organisations n’ont pas tout soumis (voir le tableau)", "Il reste 166 jours.")
                .doesNotContain("sont en retard (voir le tableau)", "jalons-late-row");

        // the due date passed (the clock is fixed on 15 January 2025): ANS submits 3-1 late
        campaign.overdue();
        submit(ans, "3-1");
        reminders.sendDue(LocalDate.of(2025, 1, 15));
        String page = session.get("/admin/campagne/organisations").body();
        assertThat(page)
                .contains(
                        "organisations sont en retard (voir le tableau)",
                        "Date limite dépassée de 5 jours.",
                        "jalons-late-row",
                        "En retard",
                        "Points soumis après la date limite",
                        "3-1 (ANS, CNAM, DNS, GIE SESAM-Vitale), soumis le 15 janvier 2025",
                        "Soumis en retard");
        assertThat(editor.get("/espace").body()).contains("Date limite dépassée de 5 jours.");

        HttpResponse<byte[]> xlsx = download("/admin/campagne/export.xlsx", session);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("campagne-2025-S1.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0)))
                    .containsExactly(
                            "Organisation",
                            "Objectif",
                            "Intitulé",
                            "État",
                            "Dernier enregistrement par",
                            "Dernier enregistrement le",
                            "Soumis le",
                            "En retard",
                            "Relances envoyées");
            List<String> ans31 = null;
            List<String> cnamRow = null;
            for (Row row : sheet) {
                List<String> cells = cells(row);
                if (cells.get(0).equals("ANS") && cells.get(1).equals("3-1")) {
                    ans31 = cells;
                }
                if (cells.get(0).equals("CNAM") && cnamRow == null) {
                    cnamRow = cells;
                }
            }
            assertThat(ans31).isNotNull();
            assertThat(ans31.subList(3, 9))
                    .containsExactly(
                            "Soumis",
                            "Test EDITOR ANS",
                            "15 janvier 2025 à 10h00",
                            "15 janvier 2025 à 10h00",
                            "oui",
                            "1");
            assertThat(cnamRow.subList(3, 9)).containsExactly("À faire", "", "", "", "oui", "1");
        }
        HttpResponse<byte[]> csv = download("/admin/campagne/export.csv", session);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180
                .parse(new StringReader(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("Organisation");
        assertThat(records).anySatisfy(record -> {
            assertThat(record.get(0)).isEqualTo("ANS");
            assertThat(record.get(1)).isEqualTo("3-1");
            assertThat(record.get(7)).isEqualTo("oui");
        });
        WebSession other = WebSession.signedIn(port, cnam.email(), TestUsers.PASSWORD);
        assertThat(download("/admin/campagne/export.csv", other).statusCode()).isEqualTo(403);
    }

    @Test
    void spreadsheetFormulasAreNeutralisedInTheCsv() {
        assertThat(CampaignExport.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CampaignExport.neutralised("+33")).isEqualTo("'+33");
        assertThat(CampaignExport.neutralised("-1")).isEqualTo("'-1");
        assertThat(CampaignExport.neutralised("@SUM")).isEqualTo("'@SUM");
        assertThat(CampaignExport.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(CampaignExport.neutralised("3-1")).isEqualTo("3-1");
    }

    private JdbcCampaignReminders restartedNode() {
        return new JdbcCampaignReminders(
                context.getBean(fr.gouv.sante.jalons.followup.CampaignFollowUp.class),
                context.getBean(fr.gouv.sante.jalons.account.AccessPolicy.class),
                new ReminderCalendar(new ReminderProperties(List.of(14, 7, 1), "-")),
                context.getBean(ReminderPlans.class),
                context.getBean(ReminderSender.class),
                jdbc,
                context.getBean(java.time.Clock.class));
    }

    private HttpResponse<byte[]> download(String path, WebSession session) {
        return session.download(path);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            var cell = row.getCell(i);
            cells.add(
                    cell == null
                            ? ""
                            : switch (cell.getCellType()) {
                                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                                default -> cell.getStringCellValue();
                            });
        }
        return cells;
    }
}
