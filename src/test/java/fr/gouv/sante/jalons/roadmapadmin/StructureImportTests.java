package fr.gouv.sante.jalons.roadmapadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The DNS imports a roadmap's structure from a CSV file or a workbook: a preview first, writing
 * nothing and naming every bad row and cell; then, once it has none, the whole structure at once, into
 * a draft or archived roadmap without objectives only. The files are made-up test data
 * (src/test/resources/roadmap-import).
 */
@JalonsTest
class StructureImportTests {

    static final String LIST = "/admin/feuilles-de-route";
    private static final Pattern TOKEN = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"");
    private static final Pattern HASH = Pattern.compile("name=\"empreinte\" value=\"([^\"]+)\"");
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    RoadmapLifecycle lifecycle;

    @Autowired
    StructureImport imports;

    CurrentUser admin;
    WebSession session;

    @BeforeEach
    void signIn() {
        admin = users.admin();
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
    }

    private void draft(String code, String slug) {
        lifecycle.create(admin, new RoadmapLifecycle.NewRoadmap(code, slug, "[TEST] " + slug, "2030", "2032"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = StructureImportTests.class.getResourceAsStream("/roadmap-import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> preview(String slug, String fileName, String type, byte[] content) {
        session.get(LIST + "/" + slug + "/import");
        return session.upload(LIST + "/" + slug + "/import", "fichier", fileName, type, content);
    }

    /** Confirms the import the preview offered, with the key and hash its form carries. */
    private HttpResponse<String> confirm(String slug, HttpResponse<String> preview) {
        return session.post(
                LIST + "/" + slug + "/import/confirmation",
                true,
                "jeton",
                field(TOKEN, preview.body()),
                "empreinte",
                field(HASH, preview.body()));
    }

    private static String field(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("the preview offers the confirmation").isTrue();
        return matcher.group(1);
    }

    private long count(String table, String slug) {
        String sql = switch (table) {
            case "axis", "priority", "objective" ->
                "select count(*) from " + table + " t join roadmap r on r.id = t.roadmap_id where r.slug = ?";
            default -> """
                    select count(*) from objective_owner w join objective o on o.id = w.objective_id
                    join roadmap r on r.id = o.roadmap_id where r.slug = ?""";
        };
        return jdbc.sql(sql).param(slug).query(Long.class).single();
    }

    /** Rows of every structure table, all roadmaps together. */
    private List<Long> everything() {
        return jdbc.sql("""
                        select (select count(*) from axis), (select count(*) from priority),
                               (select count(*) from objective), (select count(*) from objective_owner)""")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private Map<String, Object> objective(String slug, String code) {
        return jdbc.sql("""
                        select o.title, o.target, o.deadline, o.deadline_precision, a.number as axis, a.name as axis_name,
                               p.number as priority, p.title as priority_title, pilot.acronym as pilot,
                               (select string_agg(g.acronym, ',' order by w.position) from objective_owner w
                                join organisation g on g.id = w.organisation_id where w.objective_id = o.id) as owners
                        from objective o join roadmap r on r.id = o.roadmap_id join priority p on p.id = o.priority_id
                        join axis a on a.id = p.axis_id left join organisation pilot on pilot.id = o.pilot_organisation_id
                        where r.slug = ? and o.code = ?""").params(slug, code).query().singleRow();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aGoodCsvFileIsPreviewedThenImportedWholeIntoANewRoadmapAndAudited() throws Exception {
        draft("TEST-CSV", "essai-csv");
        byte[] file = resource("good.csv");

        HttpResponse<String> preview = preview("essai-csv", "good.csv", "text/csv", file);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Aucune erreur : le fichier peut être importé")
                .contains(
                        "4 lignes lues", "2 axes, dont 2 à créer", "3 priorités, dont 3 à créer", "4 objectifs à créer")
                .contains("Objectif fictif 2-1", "1er semestre 2030", "juin 2031", "30 juin 2031")
                .contains(sha256(file));
        assertThat(count("objective", "essai-csv"))
                .as("a preview writes nothing")
                .isZero();

        HttpResponse<String> applied = confirm("essai-csv", preview);
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(applied.headers().firstValue("Location")).contains(LIST);
        assertThat(session.get(LIST).body()).contains("La structure a été importée : 4 objectifs créés.");

        assertThat(count("axis", "essai-csv")).isEqualTo(2);
        assertThat(count("priority", "essai-csv")).isEqualTo(3);
        assertThat(count("objective", "essai-csv")).isEqualTo(4);
        assertThat(count("objective_owner", "essai-csv")).isEqualTo(6);
        assertThat(objective("essai-csv", "1-1"))
                .containsEntry("title", "Objectif fictif 1-1")
                .containsEntry("axis", 1)
                .containsEntry("axis_name", "Axe d’essai A")
                .containsEntry("priority", 1)
                .containsEntry("priority_title", "Priorité d’essai A1")
                .containsEntry("deadline", java.sql.Date.valueOf(LocalDate.of(2030, 12, 31)))
                .containsEntry("deadline_precision", "YEAR")
                .containsEntry("owners", "CNAM,ANS")
                .containsEntry("pilot", "CNAM");
        assertThat(objective("essai-csv", "1-2"))
                .containsEntry("deadline", java.sql.Date.valueOf(LocalDate.of(2030, 6, 30)))
                .containsEntry("deadline_precision", "SEMESTER");
        assertThat(objective("essai-csv", "2-1"))
                .containsEntry("target", "Cible fictive sur deux lignes :\nseconde ligne (donnée de test)")
                .containsEntry("deadline_precision", "MONTH")
                .containsEntry("owners", "ANS,DNS")
                .containsEntry("pilot", "ANS");
        assertThat(objective("essai-csv", "3-1"))
                .containsEntry("axis", 2)
                .containsEntry("deadline", java.sql.Date.valueOf(LocalDate.of(2031, 6, 30)))
                .containsEntry("deadline_precision", "DAY")
                .containsEntry("owners", "ARS/GRADeS");

        Map<String, Object> audit = jdbc.sql("""
                        select after_state->>'fileName' as file, after_state->>'sha256' as sha256,
                               after_state->>'importedObjectives' as objectives, after_state->>'newAxes' as axes
                        from audit_event where entity_type = 'ROADMAP' and entity_id = 'essai-csv'
                        and action = 'STRUCTURE_IMPORTED' and actor_id = ?""").param(admin.id()).query().singleRow();
        assertThat(audit)
                .containsEntry("file", "good.csv")
                .containsEntry("sha256", sha256(file))
                .containsEntry("objectives", "4")
                .containsEntry("axes", "2");
        assertThat(session.get("/admin/historique").body())
                .contains("Structure de la feuille de route « essai-csv » importée d’un fichier");

        // the roadmap has objectives now: a second import is refused, and says why
        assertThat(session.get(LIST + "/essai-csv/import").body())
                .contains("Cette feuille de route a déjà 4 objectifs");
        assertThat(preview("essai-csv", "good.csv", "text/csv", file).body())
                .contains("« [TEST] essai-csv » a déjà 4 objectif(s)")
                .doesNotContain("name=\"jeton\"");
    }

    /** A workbook as a spreadsheet writes it: numbers as numbers, a day as a date cell. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Structure");
            Row header = sheet.createRow(0);
            for (int i = 0; i < StructureImport.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(StructureImport.COLUMNS.get(i).replace("priorite", "Priorité"));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] rows = {
                {
                    4,
                    "Axe d’essai XLSX",
                    7,
                    "Priorité d’essai 7",
                    "7-1",
                    "Objectif fictif 7-1",
                    "Cible fictive (test)",
                    2032,
                    "HAS"
                },
                {
                    4,
                    "Axe d’essai XLSX",
                    7,
                    "Priorité d’essai 7",
                    "7-2",
                    "Objectif fictif 7-2",
                    "Cible fictive (test)",
                    LocalDate.of(2031, 3, 15),
                    "CNSA | DGCS"
                },
                {
                    4,
                    "Axe d’essai XLSX",
                    8,
                    "Priorité d’essai 8",
                    "8-1",
                    "Objectif fictif 8-1",
                    "Cible fictive (test)",
                    "2031-S2",
                    "ANS"
                }
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2); // row 2 left empty, as people do
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    var cell = row.createCell(c);
                    if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aGoodWorkbookIsImportedWithItsNumbersAndDateCells() throws Exception {
        draft("TEST-XLSX", "essai-xlsx");
        HttpResponse<String> preview = preview("essai-xlsx", "structure.xlsx", XLSX_TYPE, workbook());
        assertThat(preview.body()).contains("3 objectifs à créer", "1 axe, dont 1 à créer", "15 mars 2031");
        assertThat(confirm("essai-xlsx", preview).statusCode()).isEqualTo(302);

        assertThat(count("axis", "essai-xlsx")).isOne();
        assertThat(count("priority", "essai-xlsx")).isEqualTo(2);
        assertThat(count("objective", "essai-xlsx")).isEqualTo(3);
        assertThat(objective("essai-xlsx", "7-1"))
                .containsEntry("axis", 4)
                .containsEntry("priority", 7)
                .containsEntry("deadline_precision", "YEAR")
                .containsEntry("owners", "HAS")
                .containsEntry("pilot", "HAS");
        assertThat(objective("essai-xlsx", "7-2"))
                .containsEntry("deadline", java.sql.Date.valueOf(LocalDate.of(2031, 3, 15)))
                .containsEntry("deadline_precision", "DAY")
                .containsEntry("owners", "CNSA,DGCS");
        assertThat(objective("essai-xlsx", "8-1"))
                .containsEntry("deadline", java.sql.Date.valueOf(LocalDate.of(2031, 12, 31)))
                .containsEntry("deadline_precision", "SEMESTER");
    }

    @Test
    void aBadFileNamesEachBadRowAndCellAndNothingIsWritten() throws Exception {
        draft("TEST-BAD", "essai-bad");
        List<Long> before = everything();
        byte[] file = resource("bad.csv");

        HttpResponse<String> preview = preview("essai-bad", "bad.csv", "text/csv", file);
        assertThat(preview.statusCode()).isEqualTo(200);
        String page = preview.body();
        assertThat(page)
                .contains("Erreur : fichier de structure refusé")
                .contains("Le fichier ne peut pas être importé : 6 problèmes.")
                .doesNotContain("name=\"jeton\"");
        assertThat(problemRow(page, "Organisation inconnue : « XYZ »"))
                .contains("<td>2</td>", "<td>pilotes</td>", "<td>CNAM|XYZ</td>");
        assertThat(problemRow(page, "Ce code figure déjà à la ligne 2."))
                .contains("<td>3</td>", "<td>code</td>", "<td>1-1</td>");
        assertThat(problemRow(page, "Le code désigne la priorité 2, mais la ligne est dans la priorité 1."))
                .contains("<td>4</td>", "<td>code</td>", "<td>2-1</td>");
        assertThat(problemRow(page, "Cellule vide : elle est obligatoire.")).contains("<td>5</td>", "<td>titre</td>");
        assertThat(problemRow(page, "Échéance illisible"))
                .contains("<td>6</td>", "<td>echeance</td>", "<td>fin 2030</td>");
        assertThat(problemRow(page, "La priorité 1 est rattachée à l’axe 1 à la ligne 2, et ici à l’axe 2"))
                .contains("<td>7</td>", "<td>priorite</td>");

        // neither a forged confirmation nor the service itself writes a refused file
        HttpResponse<String> forged = session.post(
                LIST + "/essai-bad/import/confirmation", true, "jeton", "inventé", "empreinte", sha256(file));
        assertThat(forged.headers().firstValue("Location")).contains(LIST + "/essai-bad/import");
        assertThat(session.get(LIST + "/essai-bad/import").body()).contains("Cette vérification n’est plus disponible");
        assertThatThrownBy(() -> imports.apply(admin, "essai-bad", "bad.csv", file, sha256(file)))
                .isInstanceOf(StructureImportRefused.class)
                .satisfies(
                        e -> assertThat(((StructureImportRefused) e).preview().problems())
                                .hasSize(6));
        assertThat(everything()).isEqualTo(before);
    }

    /** The row of the problems' table whose reason contains {@code reason}. */
    private static String problemRow(String page, String reason) {
        int at = page.indexOf(reason);
        assertThat(at).as("the preview names: " + reason).isPositive();
        return page.substring(page.lastIndexOf("<tr>", at), page.indexOf("</tr>", at));
    }

    @Test
    void aFileThatIsNoStructureFileIsRefusedWithItsReason() throws IOException {
        draft("TEST-FILES", "essai-fichiers");
        assertThat(preview(
                                "essai-fichiers",
                                "notes.pdf",
                                "application/pdf",
                                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                        .body())
                .contains("Le fichier n’est ni un classeur XLSX ni un fichier CSV");
        assertThat(preview("essai-fichiers", "structure.xlsx", XLSX_TYPE, resource("good.csv"))
                        .body())
                .contains("Le fichier n’est pas un classeur XLSX lisible");
        assertThat(preview(
                                "essai-fichiers",
                                "latin1.csv",
                                "text/csv",
                                "axe;titre\n1;Priorit\u00e9".getBytes(StandardCharsets.ISO_8859_1))
                        .body())
                .contains("Le fichier CSV n’est pas en UTF-8");
        assertThat(preview("essai-fichiers", "vide.csv", "text/csv", new byte[0])
                        .body())
                .contains("Le fichier est vide, ou aucun fichier n’a été choisi.");
        assertThat(preview("essai-fichiers", "entete.csv", "text/csv", "axe;titre\n".getBytes(StandardCharsets.UTF_8))
                        .body())
                .contains("Le fichier ne contient aucune ligne après celle des noms de colonnes.");
        byte[] large = new byte[StructureImport.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(preview("essai-fichiers", "grand.csv", "text/csv", large).body())
                .contains("Le fichier dépasse 2 Mo");
        StringBuilder many = new StringBuilder(String.join(";", StructureImport.COLUMNS)).append('\n');
        for (int i = 0; i <= StructureImport.MAX_ROWS; i++) {
            many.append("1;a;1;b;1-1;c;d;2030;ANS\n");
        }
        assertThat(preview(
                                "essai-fichiers",
                                "long.csv",
                                "text/csv",
                                many.toString().getBytes(StandardCharsets.UTF_8))
                        .body())
                .contains("Le fichier dépasse 2000 lignes");
        assertThat(preview(
                                "essai-fichiers",
                                "colonnes.csv",
                                "text/csv",
                                "axe;echeanse\n1;2030\n".getBytes(StandardCharsets.UTF_8))
                        .body())
                .contains("Colonne inconnue", "<td>echeanse</td>", "Colonne manquante", "<td>pilotes</td>");
        assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(zipBomb())))
                .hasStackTraceContaining("Zip bomb detected");
        assertThat(preview("essai-fichiers", "bombe.xlsx", XLSX_TYPE, zipBomb()).body())
                .as("POI's default zip-bomb protection refuses an entry inflating 1,000 times")
                .contains("Le fichier n’est pas un classeur XLSX lisible");
        byte[] huge = new byte[5 * 1024 * 1024];
        assertThat(preview("essai-fichiers", "enorme.csv", "text/csv", huge).statusCode())
                .isEqualTo(413);
        assertThat(count("objective", "essai-fichiers")).isZero();
    }

    /** A good workbook with one more entry: 50 MB of zeros, which compress to some 50 KB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out);
                var workbook = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook()))) {
            for (var entry = workbook.getNextEntry(); entry != null; entry = workbook.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                workbook.transferTo(zip);
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan(StructureImport.MAX_BYTES);
        return out.toByteArray();
    }

    @Test
    void theCurrentRoadmapTakesNoImport() throws Exception {
        byte[] file = resource("good.csv");
        List<Long> before = everything();
        assertThat(session.get(LIST + "/2023-2027/import").body())
                .contains("Cette feuille de route est en vigueur : sa structure ne s’importe pas");
        assertThat(preview("2023-2027", "good.csv", "text/csv", file).body())
                .contains("« Feuille de route du numérique en santé 2023-2027 » est la feuille de route en vigueur")
                .doesNotContain("name=\"jeton\"");
        assertThatThrownBy(() -> imports.apply(admin, "2023-2027", "good.csv", file, sha256(file)))
                .isInstanceOf(StructureImportRefused.class);
        assertThat(everything()).isEqualTo(before);
        assertThat(count("objective", "2023-2027")).isEqualTo(65);
    }

    @Test
    void theConfirmationAppliesOnlyTheFileThePreviewShowed() throws Exception {
        draft("TEST-HASH", "essai-hash");
        HttpResponse<String> preview = preview("essai-hash", "good.csv", "text/csv", resource("good.csv"));
        HttpResponse<String> refused = session.post(
                LIST + "/essai-hash/import/confirmation",
                true,
                "jeton",
                field(TOKEN, preview.body()),
                "empreinte",
                sha256("un autre fichier".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Le fichier n’est plus celui qui a été vérifié");
        assertThat(count("objective", "essai-hash")).isZero();
        assertThat(confirm("essai-hash", preview).headers().firstValue("Location"))
                .as("the checked file left the session once refused")
                .contains(LIST + "/essai-hash/import");
        assertThat(count("objective", "essai-hash")).isZero();
    }

    @Test
    void theTemplatesHoldTheColumnsOnly() throws Exception {
        HttpResponse<byte[]> csv = session.download(LIST + "/modele.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("modele-feuille-de-route.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + String.join(";", StructureImport.COLUMNS) + "\r\n");
        HttpResponse<byte[]> xlsx = session.download(LIST + "/modele.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet structure = workbook.getSheetAt(0);
            assertThat(structure.getLastRowNum()).isZero();
            List<String> header = new java.util.ArrayList<>();
            structure.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(StructureImport.COLUMNS);
            assertThat(workbook.getSheetAt(1).getRow(9).getCell(1).getStringCellValue())
                    .contains("la première est l’organisation pilote");
        }
        draft("TEST-MODELE", "essai-modele");
        assertThat(preview("essai-modele", "modele.xlsx", XLSX_TYPE, xlsx.body())
                        .body())
                .contains("Le fichier ne contient aucune ligne après celle des noms de colonnes.");
    }

    @Test
    void theMaSanteRoadmapTakesATestFileWhileArchived() throws Exception {
        // the reference data may hold this roadmap already (archived, without objectives); if not, a test one
        jdbc.sql("""
                        insert into roadmap (code, slug, title, start_year, end_year, state)
                        select 'TEST-MASANTE-2022', 'masante-2022', '[TEST] Feuille de route d’essai à l’adresse masante-2022',
                               2019, 2022, 'ARCHIVED'
                        where not exists (select 1 from roadmap where slug = 'masante-2022')""").update();
        assertThat(count("objective", "masante-2022")).isZero();
        // whatever axes a seeded one may have, the test file brings its own: the test starts from none
        jdbc.sql("delete from priority where roadmap_id = (select id from roadmap where slug = 'masante-2022')")
                .update();
        jdbc.sql("delete from axis where roadmap_id = (select id from roadmap where slug = 'masante-2022')")
                .update();
        byte[] file = resource("masante-test.csv");

        HttpResponse<String> preview = preview("masante-2022", "masante-test.csv", "text/csv", file);
        assertThat(preview.body()).contains("3 objectifs à créer", "[TEST] Action fictive 1");
        assertThat(confirm("masante-2022", preview).statusCode()).isEqualTo(302);

        assertThat(count("objective", "masante-2022")).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select o.title from objective o join roadmap r on r.id = o.roadmap_id
                        where r.slug = 'masante-2022' order by o.code""").query(String.class).list())
                .allMatch(title -> title.startsWith("[TEST] Action fictive"));
        assertThat(objective("masante-2022", "1-2"))
                .containsEntry("deadline", java.sql.Date.valueOf(LocalDate.of(2021, 12, 31)))
                .containsEntry("deadline_precision", "SEMESTER")
                .containsEntry("pilot", "ANS");
        assertThat(jdbc.sql("select state from roadmap where slug = 'masante-2022'")
                        .query(String.class)
                        .single())
                .isEqualTo("ARCHIVED");
    }
}
