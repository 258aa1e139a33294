package fr.gouv.sante.jalons.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.SignatoryInput;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register of signatories: kept by administrators (forms and CSV import, audited, refused next to
 * the field when wrong), read by everyone (list, check, JSON, CSV).
 */
@JalonsTest
class SignatoryRegisterTests {

    /** Fictional companies, with SIRENs whose Luhn key is right; all start with 9000000. */
    private static final String ALPHA = "900000001";

    private static final String BETA = "900000019";
    private static final String GAMMA = "900000027";
    private static final String DELTA = "900000035";

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SignatoryRegister register;

    @Autowired
    JsonMapper json;

    HttpTestClient http;
    CurrentUser admin;
    WebSession session;
    long auditBefore;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        admin = new TestUsers(jdbc, passwords).admin();
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void removeTheTestsSignatories() {
        jdbc.sql("delete from charter_signatory where siren like '9000000%'").update();
    }

    private HttpResponse<String> addThroughTheForm(String legalName, String siren, String... sectors) {
        session.get("/admin/charte/signataires/nouveau");
        List<String> fields = new java.util.ArrayList<>(List.of("legalName", legalName, "siren", siren));
        for (String sector : sectors) {
            fields.add("sectors");
            fields.add(sector);
        }
        fields.addAll(List.of("signedOn", "2024-03-15", "charterVersion", "2023"));
        return session.post("/admin/charte/signataires", true, fields.toArray(String[]::new));
    }

    private long idOf(String siren) {
        return jdbc.sql("select id from charter_signatory where siren = ?")
                .param(siren)
                .query(Long.class)
                .single();
    }

    private long versionOf(long id) {
        return jdbc.sql("select version from charter_signatory where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private String statusOf(String siren) {
        return jdbc.sql("select status from charter_signatory where siren = ?")
                .param(siren)
                .query(String.class)
                .single();
    }

    private long reinstatements(long id) {
        return jdbc.sql("select count(*) from charter_signatory_reinstatement where signatory_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private long rows(String siren) {
        return jdbc.sql("select count(*) from charter_signatory where siren = ?")
                .param(siren)
                .query(Long.class)
                .single();
    }

    private long audited(String siren, String action) {
        return jdbc.sql("""
                        select count(*) from audit_event
                        where id > ? and entity_type = 'CHARTER_SIGNATORY' and entity_id = ? and action = ? and actor_id = ?""")
                .params(auditBefore, siren, action, admin.id())
                .query(Long.class)
                .single();
    }

    @Test
    void aSignatoryAddedThroughTheAdminFormIsInThePublicListTheJsonAndTheCsv() {
        HttpResponse<String> added =
                addThroughTheForm("Éditeur Charte Alpha", "900 000 001", "sanitaire", "medico-social");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).contains("/admin/charte/signataires");
        assertThat(session.get("/admin/charte/signataires").body()).contains("Le signataire a été ajouté au registre.");

        String list = page("/charte/signataires");
        assertThat(list)
                .contains(
                        "Éditeur Charte Alpha",
                        "900 000 001",
                        "sanitaire, médico-social",
                        "15 mars 2024",
                        "Signataire");
        assertThat(page("/charte/signataires?q=charte+alpha")).contains("Éditeur Charte Alpha");
        assertThat(page("/charte/signataires?q=editeur%20charte%20ALPHA")).contains("Éditeur Charte Alpha");
        assertThat(page("/charte/signataires?q=900+000+001")).contains("Éditeur Charte Alpha");
        assertThat(page("/charte/signataires?secteur=social")).doesNotContain("Éditeur Charte Alpha");
        assertThat(page("/charte/signataires?statut=retire")).doesNotContain("Éditeur Charte Alpha");
        assertThat(page("/charte/signataires?version=2021")).doesNotContain("Éditeur Charte Alpha");

        String api = http.get("/api/v1/charter/signatories").body();
        assertThat(api)
                .contains(
                        "\"legalName\":\"Éditeur Charte Alpha\"",
                        "\"siren\":\"900000001\"",
                        "\"sectors\":[\"SANITAIRE\",\"MEDICO_SOCIAL\"]",
                        "\"signedOn\":\"2024-03-15\"",
                        "\"charterVersion\":\"2023\"",
                        "\"status\":\"ACTIVE\"");
        assertThat(http.get("/api/v1/charter/signatories?secteur=social").body())
                .doesNotContain("900000001");

        HttpResponse<String> csv = http.get("/opendata/charter-signatories.csv");
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body().lines().toList())
                .first()
                .isEqualTo("legal_name,siren,sectors,signed_on,charter_version,status,withdrawn_on,withdrawal_reason,"
                        + "previous_withdrawn_on,previous_withdrawal_reason,reinstated_on,reinstatement_reason,"
                        + "reinstatements");
        assertThat(csv.body().lines().toList())
                .contains("Éditeur Charte Alpha,900000001,SANITAIRE|MEDICO_SOCIAL,2024-03-15,2023,ACTIVE,,,,,,,0");

        assertThat(audited(ALPHA, "CREATED")).isEqualTo(1);
    }

    @Test
    void aWithdrawnSignatoryShowsItsDateAndReasonAndThePublicCheckSaysSo() {
        addThroughTheForm("Éditeur Charte Beta", BETA, "social");
        long id = idOf(BETA);
        String form =
                session.get("/admin/charte/signataires/" + id + "/retrait").body();
        String version = find(VERSION, form);

        // the date and the reason are both required: refused next to the field, nothing saved
        HttpResponse<String> refused = session.post(
                "/admin/charte/signataires/" + id + "/retrait",
                true,
                "withdrawnOn",
                "2024-11-30",
                "withdrawalReason",
                " ",
                "version",
                version);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(unescaped(refused))
                .contains("id=\"withdrawalReason-error\"", "Saisissez le motif du retrait.", "value=\"2024-11-30\"");
        assertThat(page("/charte/signataires/verification?siren=" + BETA)).contains("est signataire de la charte");

        HttpResponse<String> withdrawn = session.post(
                "/admin/charte/signataires/" + id + "/retrait",
                true,
                "withdrawnOn",
                "2024-11-30",
                "withdrawalReason",
                "Cessation de l’activité d’édition de logiciels",
                "version",
                version);
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(audited(BETA, "WITHDRAWN")).isEqualTo(1);

        assertThat(page("/charte/signataires?statut=retire"))
                .contains(
                        "Éditeur Charte Beta",
                        "Retirée de la charte",
                        "30 novembre 2024",
                        "Cessation de l’activité d’édition de logiciels");
        assertThat(page("/charte/signataires?statut=actif")).doesNotContain("Éditeur Charte Beta");
        assertThat(http.get("/api/v1/charter/signatories?q=beta").body())
                .contains(
                        "\"status\":\"WITHDRAWN\"",
                        "\"withdrawnOn\":\"2024-11-30\"",
                        "\"withdrawalReason\":\"Cessation de l’activité d’édition de logiciels\"");
        assertThat(http.get("/opendata/charter-signatories.csv?statut=retire").body())
                .contains(
                        "Éditeur Charte Beta,900000019,SOCIAL,2024-03-15,2023,WITHDRAWN,2024-11-30,Cessation de l’activité d’édition de logiciels,,,,,0");

        String check = page("/charte/signataires/verification?siren=900+000+019");
        assertThat(check)
                .contains(
                        "Non : l’entreprise de SIREN 900 000 019 a signé la charte, mais s’en est retirée.",
                        "Retirée depuis le 30 novembre 2024.",
                        "Motif du retrait : Cessation de l’activité d’édition de logiciels");
        // a withdrawn signatory cannot withdraw twice
        assertThat(session.get("/admin/charte/signataires").body())
                .doesNotContain("/admin/charte/signataires/" + id + "/retrait");
    }

    private static final String WITHDRAWAL_REASON = "Retrait demandé par courrier";
    private static final String REINSTATEMENT_REASON =
            "Retrait enregistré par erreur : l’entreprise n’a pas quitté la charte";

    /** Beta, signed on 15 March 2024, withdrawn on 30 November 2024; its id. */
    private long withdrawnBeta() {
        addThroughTheForm("Éditeur Charte Beta", BETA, "social");
        long id = idOf(BETA);
        register.withdraw(
                admin, id, new SignatoryRegister.WithdrawalInput("2024-11-30", WITHDRAWAL_REASON), versionOf(id));
        return id;
    }

    /** Beta withdrawn, then reinstated on 5 December 2024; its id. */
    private long reinstatedBeta() {
        long id = withdrawnBeta();
        register.reinstate(
                admin, id, new SignatoryRegister.ReinstatementInput("05/12/2024", REINSTATEMENT_REASON), versionOf(id));
        return id;
    }

    @Test
    void aReinstatementIsRefusedNextToItsFieldWithWhatWasTypedKeptThenRecordedAndAudited() {
        long id = withdrawnBeta();
        // only a withdrawn signatory can be reinstated: the list offers it instead of a withdrawal
        assertThat(session.get("/admin/charte/signataires").body())
                .contains("/admin/charte/signataires/" + id + "/reintegration")
                .doesNotContain("/admin/charte/signataires/" + id + "/retrait\"");
        String path = "/admin/charte/signataires/" + id + "/reintegration";
        String form = unescaped(session.get(path));
        assertThat(form).contains("Réintégrer Éditeur Charte Beta", "Retirée le", "30 novembre 2024");
        String version = find(VERSION, form);

        // an empty reason, a date before the withdrawal, a date in the future: each refused next to its
        // field, what was typed kept, nothing saved
        assertThat(unescaped(session.post(
                        path, true, "reinstatedOn", "2024-12-05", "reinstatementReason", "  ", "version", version)))
                .contains(
                        "id=\"reinstatementReason-error\"",
                        "Saisissez le motif de la réintégration.",
                        "href=\"#reinstatementReason\"",
                        "value=\"2024-12-05\"");
        assertThat(unescaped(session.post(
                        path, true, "reinstatedOn", "29/11/2024", "reinstatementReason", "Erreur", "version", version)))
                .contains(
                        "id=\"reinstatedOn-error\"",
                        "La date de la réintégration ne peut pas précéder celle du retrait (30 novembre 2024).",
                        "value=\"29/11/2024\"",
                        ">Erreur</textarea>");
        assertThat(unescaped(session.post(
                        path, true, "reinstatedOn", "2025-01-16", "reinstatementReason", "Erreur", "version", version)))
                .contains(
                        "id=\"reinstatedOn-error\"",
                        "La date de la réintégration ne peut pas être dans le futur.",
                        "value=\"2025-01-16\"");
        assertThat(statusOf(BETA)).isEqualTo("WITHDRAWN");
        assertThat(reinstatements(id)).isZero();
        assertThat(audited(BETA, "REINSTATED")).isZero();

        HttpResponse<String> reinstated = session.post(
                path,
                true,
                "reinstatedOn",
                "05/12/2024",
                "reinstatementReason",
                REINSTATEMENT_REASON,
                "version",
                version);
        assertThat(reinstated.statusCode()).isEqualTo(302);
        assertThat(unescaped(session.get("/admin/charte/signataires"))).contains("La réintégration a été enregistrée");
        assertThat(statusOf(BETA)).isEqualTo("ACTIVE");
        assertThat(reinstatements(id)).isOne();
        assertThat(audited(BETA, "REINSTATED")).isOne();
        assertThat(unescaped(session.get("/admin/historique")))
                .contains(
                        "Réintégration d’un signataire de la charte enregistrée (SIREN 900000019)",
                        "Date de la réintégration",
                        "Motif de la réintégration");

        // the same form sent again from the page as it was: the 409 page, nothing written twice
        HttpResponse<String> again = session.post(
                path, true, "reinstatedOn", "06/12/2024", "reinstatementReason", "Autre saisie", "version", version);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(reinstatements(id)).isOne();
        assertThat(audited(BETA, "REINSTATED")).isOne();
    }

    @Test
    void aReinstatedSignatoryIsActiveAgainAndItsWithdrawalStaysInTheRegisterAndTheOpenData() {
        reinstatedBeta();
        String withdrawal = "30 novembre 2024</time><span>, motif : " + WITHDRAWAL_REASON;
        String reinstatement = "5 décembre 2024</time><span>, motif : " + REINSTATEMENT_REASON;
        assertThat(page("/charte/signataires?statut=actif"))
                .contains(
                        "Éditeur Charte Beta",
                        "Historique :",
                        "Retirée le",
                        withdrawal,
                        "Réintégrée le",
                        reinstatement);
        assertThat(page("/charte/signataires?statut=retire")).doesNotContain("Éditeur Charte Beta");
        assertThat(page("/charte/signataires/verification?siren=" + BETA))
                .contains(
                        "Oui : l’entreprise de SIREN 900 000 019 est signataire de la charte.",
                        withdrawal,
                        reinstatement)
                .doesNotContain("mais s’en est retirée");

        JsonNode api = json.readTree(
                        http.get("/api/v1/charter/signatories?q=beta").body())
                .get("signatories")
                .get(0);
        assertThat(api.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.get("withdrawnOn").isNull()).isTrue();
        JsonNode past = api.get("pastWithdrawals");
        assertThat(past.size()).isOne();
        assertThat(past.get(0).get("withdrawnOn").asString()).isEqualTo("2024-11-30");
        assertThat(past.get(0).get("withdrawalReason").asString()).isEqualTo(WITHDRAWAL_REASON);
        assertThat(past.get(0).get("reinstatedOn").asString()).isEqualTo("2024-12-05");
        assertThat(past.get(0).get("reinstatementReason").asString()).isEqualTo(REINSTATEMENT_REASON);
        // the existing columns as before, the history at the end
        assertThat(http.get("/opendata/charter-signatories.csv?q=beta").body().lines())
                .contains("Éditeur Charte Beta,900000019,SOCIAL,2024-03-15,2023,ACTIVE,,,2024-11-30,"
                        + WITHDRAWAL_REASON + ",2024-12-05," + REINSTATEMENT_REASON + ",1");
    }

    @Test
    void aReinstatedSignatoryIsNotReinstatedTwiceNorWithdrawnBeforeItsReinstatement() {
        long id = reinstatedBeta();
        assertThatThrownBy(() -> register.reinstate(
                        admin, id, new SignatoryRegister.ReinstatementInput("2024-12-06", "Encore"), versionOf(id)))
                .isInstanceOfSatisfying(
                        InputRefused.class,
                        refused ->
                                assertThat(refused.errors()).containsEntry("", "charter.reinstatement.not-withdrawn"));
        assertThatThrownBy(() -> register.withdraw(
                        admin, id, new SignatoryRegister.WithdrawalInput("2024-12-01", "Départ"), versionOf(id)))
                .isInstanceOfSatisfying(
                        InputRefused.class,
                        refused -> assertThat(refused.errors())
                                .containsEntry(
                                        "withdrawnOn",
                                        "charter.withdrawal.withdrawnOn.before-reinstatement|5 décembre 2024"));
        // nor can its signature be moved after the withdrawal it once had
        assertThatThrownBy(() -> register.update(
                        admin,
                        id,
                        new SignatoryInput("Éditeur Charte Beta", BETA, List.of("social"), "2024-12-01", "2023"),
                        versionOf(id)))
                .isInstanceOfSatisfying(
                        InputRefused.class,
                        refused -> assertThat(refused.errors())
                                .containsEntry(
                                        "signedOn", "charter.signatory.signedOn.after-withdrawal|30 novembre 2024"));
        assertThat(reinstatements(id)).isOne();
        assertThat(statusOf(BETA)).isEqualTo("ACTIVE");

        // withdrawn again, then reinstated again: both past withdrawals kept, oldest first
        register.withdraw(
                admin, id, new SignatoryRegister.WithdrawalInput("2024-12-20", "Départ annoncé"), versionOf(id));
        register.reinstate(
                admin, id, new SignatoryRegister.ReinstatementInput("2025-01-10", "Nouvelle signature"), versionOf(id));
        JsonNode past = json.readTree(
                        http.get("/api/v1/charter/signatories?q=beta").body())
                .get("signatories")
                .get(0)
                .get("pastWithdrawals");
        assertThat(past.size()).isEqualTo(2);
        assertThat(past.get(0).get("withdrawnOn").asString()).isEqualTo("2024-11-30");
        assertThat(past.get(1).get("withdrawnOn").asString()).isEqualTo("2024-12-20");
        assertThat(past.get(1).get("reinstatedOn").asString()).isEqualTo("2025-01-10");
        assertThat(http.get("/opendata/charter-signatories.csv?q=beta").body())
                .contains(",2024-12-20,Départ annoncé,2025-01-10,Nouvelle signature,2");
    }

    @Test
    void anExportReadBackImportsWithItsEmptyHistoryColumnsButNotWithAHistory() {
        // the register exported (Alpha never withdrawn, Beta reinstated), then emptied
        addThroughTheForm("Éditeur Charte Alpha", ALPHA, "sanitaire");
        reinstatedBeta();
        String export =
                http.get("/opendata/charter-signatories.csv?q=editeur+charte").body();
        jdbc.sql("delete from charter_signatory where siren like '9000000%'").update();

        ImportPreview preview = register.preview(admin, export);
        assertThat(preview.fileProblems())
                .as("every column of the export is known")
                .isEmpty();
        assertThat(preview.rows()).hasSize(2);
        // Alpha's empty history is accepted; Beta's history is not imported, each of its cells named
        assertThat(preview.errors())
                .allSatisfy(error -> {
                    assertThat(error.line()).isEqualTo(3);
                    assertThat(error.messageKey()).isEqualTo("charter.import.history.unsupported");
                })
                .extracting(ImportPreview.CellError::column)
                .containsExactlyInAnyOrder(
                        "previous_withdrawn_on",
                        "previous_withdrawal_reason",
                        "reinstated_on",
                        "reinstatement_reason",
                        "reinstatements");
        assertThat(preview.applicable()).isFalse();
        assertThat(register.preview(admin, export.lines().limit(2).collect(Collectors.joining("\n")))
                        .applicable())
                .as("the export's header and Alpha's row")
                .isTrue();
    }

    @Test
    void thePublicCheckAnswersActiveUnknownAndRefusesWhatIsNoSiren() {
        addThroughTheForm("Éditeur Charte Gamma", GAMMA, "sanitaire");
        assertThat(page("/charte/signataires/verification?siren=" + GAMMA))
                .contains(
                        "Oui : l’entreprise de SIREN 900 000 027 est signataire de la charte.",
                        "Éditeur Charte Gamma",
                        "15 mars 2024");
        assertThat(page("/charte/signataires/verification?siren=" + DELTA))
                .contains("Non : aucune entreprise de SIREN 900 000 035 n’est inscrite au registre des signataires.");
        String wrongKey = page("/charte/signataires/verification?siren=900000028");
        assertThat(wrongKey)
                .contains(
                        "fr-input-group--error",
                        "id=\"siren-error\"",
                        "sa clé de contrôle (le dernier chiffre) ne correspond pas",
                        "value=\"900000028\"")
                .doesNotContain("fr-alert--info", "fr-alert--success");
        assertThat(page("/charte/signataires/verification?siren=12345"))
                .contains("Le numéro SIREN doit comporter exactement 9 chiffres");
        assertThat(page("/charte/signataires/verification")).doesNotContain("fr-alert__title");
    }

    @Test
    void aBadSirenIsRefusedNextToItsFieldWithWhatWasTypedKeptAndNothingSaved() {
        long before = jdbc.sql("select count(*) from charter_signatory")
                .query(Long.class)
                .single();
        HttpResponse<String> refused = addThroughTheForm("Éditeur Charte Delta", "900 000 036", "social");
        assertThat(refused.statusCode()).isEqualTo(200);
        String page = unescaped(refused);
        assertThat(page)
                .contains(
                        "fr-input-group--error",
                        "id=\"siren-error\"",
                        "Ce numéro n’est pas un SIREN valide : sa clé de contrôle (le dernier chiffre) ne correspond pas.",
                        "href=\"#siren\"",
                        "value=\"900 000 036\"",
                        "value=\"Éditeur Charte Delta\"",
                        "value=\"2024-03-15\"");
        // the error sits in the SIREN's group, not another field's
        int group = page.lastIndexOf("fr-input-group", page.indexOf("id=\"siren-error\""));
        assertThat(page.substring(group, page.indexOf("id=\"siren-error\""))).contains("for=\"siren\"");
        assertThat(jdbc.sql("select count(*) from charter_signatory")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(audited("900000036", "CREATED")).isZero();

        HttpResponse<String> shape = addThroughTheForm("Éditeur Charte Delta", "90000003", "social");
        assertThat(unescaped(shape)).contains("Le numéro SIREN doit comporter exactement 9 chiffres");
        HttpResponse<String> noSector = addThroughTheForm("Éditeur Charte Delta", DELTA);
        assertThat(unescaped(noSector)).contains("id=\"sectors-error\"", "Cochez au moins un secteur");
        assertThat(rows(DELTA)).isZero();

        addThroughTheForm("Éditeur Charte Delta", DELTA, "social");
        HttpResponse<String> twice = addThroughTheForm("Autre nom", DELTA, "social");
        assertThat(unescaped(twice)).contains("Ce SIREN est déjà inscrit au registre, au nom de Éditeur Charte Delta.");
        assertThat(rows(DELTA)).isOne();
    }

    @Test
    void anEditFromAStaleFormIsRefusedAndOverwritesNothing() {
        addThroughTheForm("Éditeur Charte Alpha", ALPHA, "sanitaire");
        long id = idOf(ALPHA);
        String version =
                find(VERSION, session.get("/admin/charte/signataires/" + id).body());
        HttpResponse<String> first = session.post(
                "/admin/charte/signataires/" + id,
                true,
                "legalName",
                "Éditeur Charte Alpha SAS",
                "siren",
                ALPHA,
                "sectors",
                "sanitaire",
                "signedOn",
                "2024-03-15",
                "charterVersion",
                "2023",
                "version",
                version);
        assertThat(first.statusCode()).isEqualTo(302);
        HttpResponse<String> second = session.post(
                "/admin/charte/signataires/" + id,
                true,
                "legalName",
                "Alpha, autre saisie",
                "siren",
                ALPHA,
                "sectors",
                "social",
                "signedOn",
                "2024-03-15",
                "charterVersion",
                "2021",
                "version",
                version);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(unescaped(second)).contains("Éditeur Charte Alpha SAS", "Alpha, autre saisie");
        assertThat(jdbc.sql("select legal_name from charter_signatory where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Éditeur Charte Alpha SAS");
        assertThat(audited(ALPHA, "CHANGED")).isEqualTo(1);
    }

    @Test
    void theImportPreviewNamesEveryBadRowAndCellAndAppliesNothing() {
        String csv = """
                legal_name,siren,sectors,signed_on,charter_version
                Éditeur Charte Alpha,900000001,SANITAIRE|SOCIAL,2024-03-15,2023
                Éditeur Charte Beta,900000018,SOCIAL,2024-03-15,2023
                Éditeur Charte Gamma,900000027,,31/02/2024,2022
                Éditeur Charte Delta,900000001,social,2024-04-01,2023
                """;
        WebSession uploads = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        HttpResponse<String> preview = upload(uploads, "signataires.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).isEqualTo(200);
        String page = unescaped(preview);
        assertThat(page)
                .contains(
                        "3 lignes sur 4 sont en erreur",
                        "Ligne 3, colonne « siren » : Ce numéro n’est pas un SIREN valide",
                        "Ligne 4, colonne « sectors » : Cochez au moins un secteur",
                        "Ligne 4, colonne « signed_on » : « 31/02/2024 » n’est pas une date",
                        "Ligne 4, colonne « charter_version » : Version de la charte inconnue : « 2022 »",
                        "Ligne 5, colonne « siren » : Ce SIREN figure déjà à la ligne 2 du fichier.",
                        "Rien n’a été enregistré.")
                .doesNotContain("Ligne 2,", "name=\"jeton\"");
        assertThat(jdbc.sql("select count(*) from charter_signatory where siren like '9000000%'")
                        .query(Long.class)
                        .single())
                .isZero();

        // no confirmation without a previewed, valid file
        HttpResponse<String> forged =
                uploads.post("/admin/charte/signataires/import/confirmation", true, "jeton", "inventé");
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).contains("/admin/charte/signataires/import");
        assertThat(jdbc.sql("select count(*) from charter_signatory where siren like '9000000%'")
                        .query(Long.class)
                        .single())
                .isZero();

        HttpResponse<String> columns =
                upload(uploads, "autre.csv", "nom;siren;couleur\nA;900000001;bleu\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unescaped(columns))
                .contains(
                        "Colonne inconnue : « couleur ».",
                        "Colonne manquante : « sectors ».",
                        "Colonne manquante : « signed_on ».");

        // uploads may be larger for other imports; this one reads 1 MiB at most, and says so
        byte[] large = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(unescaped(upload(uploads, "grand.csv", large)))
                .contains("Le fichier dépasse 1 Mo : découpez-le.")
                .doesNotContain("name=\"jeton\"");
    }

    @Test
    void aValidImportIsPreviewedThenAppliedAllAtOnceAndAudited() {
        // what a French spreadsheet writes: semicolons, French names, dates as dd/mm/yyyy, Windows-1252
        String csv = String.join(
                "\r\n",
                "raison_sociale;siren;secteurs;date_signature;version_charte;statut;date_retrait;motif_retrait",
                "Éditeur Charte Alpha;900 000 001;sanitaire|médico-social;15/03/2024;2023;;;",
                "Éditeur Charte Beta;900000019;social;01/06/2021;2021;retiré;30/11/2024;Fin de l’activité");
        WebSession uploads = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        HttpResponse<String> preview =
                upload(uploads, "signataires.csv", csv.getBytes(Charset.forName("windows-1252")));
        String page = unescaped(preview);
        assertThat(page).contains("2 signataires prêts à être importés", "Éditeur Charte Alpha", "name=\"jeton\"");
        assertThat(rows(ALPHA) + rows(BETA)).isZero();

        String token = find(Pattern.compile("name=\"jeton\" value=\"([^\"]+)\""), page);
        HttpResponse<String> applied =
                uploads.post("/admin/charte/signataires/import/confirmation", true, "jeton", token);
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(unescaped(uploads.get("/admin/charte/signataires"))).contains("2 signataires ont été importés.");
        assertThat(http.get("/api/v1/charter/signatories?q=beta").body())
                .contains(
                        "\"charterVersion\":\"2021\"",
                        "\"status\":\"WITHDRAWN\"",
                        "\"withdrawnOn\":\"2024-11-30\"",
                        "Fin de l’activité");
        assertThat(http.get("/api/v1/charter/signatories?q=alpha").body())
                .contains("\"sectors\":[\"SANITAIRE\",\"MEDICO_SOCIAL\"]", "\"signedOn\":\"2024-03-15\"");
        assertThat(audited(ALPHA, "IMPORTED") + audited(BETA, "IMPORTED")).isEqualTo(2);

        // the same token cannot import twice
        HttpResponse<String> again =
                uploads.post("/admin/charte/signataires/import/confirmation", true, "jeton", token);
        assertThat(again.headers().firstValue("Location")).contains("/admin/charte/signataires/import");
    }

    @Test
    void aFileThatWasValidWhenPreviewedButNoLongerIsAppliesNothing() {
        String csv = """
                legal_name,siren,sectors,signed_on,charter_version
                Éditeur Charte Alpha,900000001,SANITAIRE,2024-03-15,2023
                Éditeur Charte Beta,900000019,SOCIAL,2024-03-15,2023
                """;
        assertThat(register.preview(admin, csv).applicable()).isTrue();
        // meanwhile someone registers Beta by hand
        register.add(
                admin, new SignatoryInput("Beta, saisie à la main", BETA, List.of("social"), "2024-03-20", "2023"));

        assertThatThrownBy(() -> register.apply(admin, csv))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.preview().errors())
                                .singleElement()
                                .satisfies(error -> {
                                    assertThat(error.line()).isEqualTo(3);
                                    assertThat(error.column()).isEqualTo("siren");
                                    assertThat(error.messageKey()).isEqualTo("charter.signatory.siren.duplicate");
                                }));
        assertThat(rows(ALPHA)).as("the valid row is not saved either").isZero();
        assertThat(audited(ALPHA, "IMPORTED")).isZero();
    }

    /** A public page as a reader compares it: entities decoded, no-break spaces as spaces. */
    private String page(String path) {
        return spaces(http.page(path));
    }

    private static String unescaped(HttpResponse<String> response) {
        return spaces(HtmlUtils.htmlUnescape(response.body()));
    }

    /** No-break and narrow no-break spaces (French number grouping) read as plain spaces. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    /** Sends {@code content} as the import form's file, with the form's CSRF token, as a browser does. */
    private static HttpResponse<String> upload(WebSession session, String fileName, byte[] content) {
        session.get("/admin/charte/signataires/import");
        return session.upload("/admin/charte/signataires/import", "fichier", fileName, "text/csv", content);
    }
}
