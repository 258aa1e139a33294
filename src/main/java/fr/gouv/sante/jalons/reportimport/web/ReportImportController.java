package fr.gouv.sante.jalons.reportimport.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.reportimport.ReportImport;
import fr.gouv.sante.jalons.reportimport.ReportImportPreview;
import fr.gouv.sante.jalons.reportimport.ReportImportRefused;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's progress reports updated from a spreadsheet: its workbook downloaded, filled, sent
 * back and checked (every bad cell and conflict named, nothing saved), then applied as drafts all at
 * once. Between the check and the confirmation the file waits in the session ({@link PendingReportImport})
 * under a random key that the confirmation form carries with the hash the preview showed; it is read
 * and checked again when applied.
 */
@BackOffice
@Controller
class ReportImportController {

    static final String IMPORT = "/espace/import";
    private static final String PENDING = "report.import.";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportImport imports;
    private final MessageSource messages;

    ReportImportController(ReportImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /**
     * The import page: the organisations this person may import for, the one chosen (null until an
     * administrator chooses), and whether a period takes reports at all.
     */
    record ImportPageView(
            boolean open,
            boolean readOnly,
            boolean chooses,
            List<String> organisations,
            @Nullable String organisation) {}

    /** The preview as shown. */
    record PreviewView(
            String organisation,
            String periodLabel,
            String fileName,
            String sha256,
            boolean applicable,
            int unchanged,
            List<ProblemView> problems,
            List<String> conflicts,
            List<ChangeView> changes) {

        public int errorCount() {
            return problems.size() + conflicts.size();
        }
    }

    /** A bad cell: where ("Feuille Objectifs, cellule F7", or "Fichier"), the value as read, and why. */
    record ProblemView(String anchor, String where, String value, String reason) {}

    /** One objective's report as the import would save it: each change in a French sentence. */
    record ChangeView(String code, String title, int line, List<String> changes) {}

    @GetMapping(IMPORT)
    String page(
            @RequestParam(name = "organisation", required = false) String organisation, CurrentUser user, Model model) {
        model.addAttribute("page", page(user, organisation));
        return "campaign/report-import";
    }

    @GetMapping(IMPORT + "/classeur.xlsx")
    ResponseEntity<byte[]> workbook(
            @RequestParam(name = "organisation", required = false) String organisation, CurrentUser user) {
        // the service says who may have which workbook: a reader or another organisation's editor is refused
        String chosen = organisation != null || user == null
                ? String.valueOf(organisation)
                : String.valueOf(user.organisationAcronym());
        byte[] content;
        try {
            content = imports.workbook(user, chosen);
        } catch (InputRefused e) {
            return ResponseEntity.status(303)
                    .header(HttpHeaders.LOCATION, IMPORT)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(message("report.import.file-name", chosen.replaceAll("[^A-Za-z0-9-]", "-")))
                                .build()
                                .toString())
                .body(content);
    }

    @PostMapping(IMPORT)
    String preview(
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            CurrentUser user,
            HttpSession session,
            Model model) {
        String chosen = chosen(user, organisation);
        if (chosen == null) {
            return "redirect:" + IMPORT;
        }
        String fileName = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        byte[] content = bytes(file);
        ReportImportPreview preview = imports.preview(user, chosen, fileName, content);
        String token = null;
        if (preview.applicable()) {
            token = UUID.randomUUID().toString();
            session.setAttribute(PENDING + token, new PendingReportImport(chosen, fileName, content));
        }
        return show(model, preview, token);
    }

    @PostMapping(IMPORT + "/confirmation")
    String apply(
            @RequestParam(name = "jeton", required = false) String token,
            @RequestParam(name = "empreinte", required = false) String sha256,
            CurrentUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        String key = PENDING + token;
        Object pending = token == null || token.isBlank() ? null : session.getAttribute(key);
        if (!(pending instanceof PendingReportImport file)) {
            redirect.addFlashAttribute("error", "report.import.expired");
            return "redirect:" + IMPORT;
        }
        ReportImportPreview applied;
        try {
            applied = imports.apply(user, file.organisation(), file.fileName(), file.content(), sha256);
        } catch (ReportImportRefused refused) {
            session.removeAttribute(key);
            return show(model, refused.preview(), null);
        }
        session.removeAttribute(key);
        redirect.addFlashAttribute("flash", "report.import.flash.applied");
        redirect.addFlashAttribute("flashCount", applied.changes().size());
        return "redirect:/espace";
    }

    private ImportPageView page(CurrentUser user, @Nullable String organisation) {
        List<String> organisations = imports.organisations(user);
        boolean chooses = user != null && user.isAdmin();
        // a reader is told why nothing can be sent; the service refuses it whatever the page shows
        boolean readOnly = user == null || user.role() == Role.READER;
        return new ImportPageView(
                !organisations.isEmpty(), readOnly, chooses, organisations, chosen(user, organisation, organisations));
    }

    /** The organisation acted for: an editor's own, or the one an administrator chose among the leads. */
    private @Nullable String chosen(CurrentUser user, @Nullable String organisation) {
        return chosen(user, organisation, imports.organisations(user));
    }

    private static @Nullable String chosen(
            CurrentUser user, @Nullable String organisation, List<String> organisations) {
        if (user != null && !user.isAdmin()) {
            return organisations.contains(user.organisationAcronym()) ? user.organisationAcronym() : null;
        }
        return organisation != null && organisations.contains(organisation) ? organisation : null;
    }

    private String show(Model model, ReportImportPreview preview, @Nullable String token) {
        List<ProblemView> problems = new ArrayList<>();
        for (ReportImportPreview.Problem problem : preview.problems()) {
            problems.add(problem(problems.size() + 1, problem));
        }
        model.addAttribute(
                "preview",
                new PreviewView(
                        preview.organisation(),
                        preview.period() == null ? "" : periodLabel(preview.period()),
                        preview.fileName(),
                        preview.sha256(),
                        preview.applicable(),
                        preview.unchanged(),
                        problems,
                        preview.conflicts().stream().map(this::conflict).toList(),
                        preview.changes().stream().map(this::change).toList()));
        model.addAttribute("token", token);
        return "campaign/report-import-preview";
    }

    private ProblemView problem(int number, ReportImportPreview.Problem problem) {
        String reason = message(problem.messageKey(), problem.args());
        if (problem.hintKey() != null) {
            reason = reason + " " + message(problem.hintKey());
        }
        return new ProblemView(
                "probleme-" + number,
                problem.sheet() == null
                        ? message("report.import.preview.whole-file")
                        : message("report.import.preview.cell", problem.sheet(), problem.cell()),
                problem.value() == null ? "" : problem.value(),
                reason);
    }

    private String conflict(ReportImportPreview.Conflict conflict) {
        return conflict.savedBy() == null
                ? message("report.import.conflict.gone", conflict.code(), conflict.line())
                : message(
                        "report.import.conflict",
                        conflict.code(),
                        conflict.line(),
                        conflict.savedBy(),
                        FrenchFormat.dateTime(conflict.savedAt()));
    }

    private ChangeView change(ReportImportPreview.RowChange row) {
        List<String> changes = new ArrayList<>();
        changes.add(message(row.created() ? "report.import.change.created" : "report.import.change.saved"));
        if (row.statusChanged()) {
            changes.add(message(
                    "report.import.change.status",
                    row.statusBefore() == null
                            ? message("report.import.change.none")
                            : message(row.statusBefore().messageKey()),
                    row.status() == null
                            ? message("report.import.change.none")
                            : message(row.status().messageKey())));
        }
        if (row.narrative() != null) {
            changes.add(message(
                    "report.import.change.narrative",
                    row.narrative().isBlank() ? message("report.import.change.empty") : shortened(row.narrative())));
        }
        for (ReportImportPreview.FigureChange figure : row.figures()) {
            String what = figure.value() == null || figure.date() == null
                    ? message("report.import.change.incomplete")
                    : message(
                            "report.readonly.measurement",
                            FigureWords.quantity(messages, figure.value(), figure.unit(), figure.qualifier()),
                            FigureWords.when(messages, figure.date(), figure.precision(), null, null));
            changes.add(message(
                    figure.removed() ? "report.import.change.figure.removed" : "report.import.change.figure",
                    figure.indicator(),
                    what));
        }
        return new ChangeView(row.code(), row.title(), row.line(), changes);
    }

    private static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 159) + "…";
    }

    private String periodLabel(String code) {
        Semester semester = Semester.parse(code);
        return message(semester.labelKey(), semester.year());
    }

    private String message(String key, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    private static byte[] bytes(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new byte[0];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
