package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle;
import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle.RoadmapEntry;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.roadmapadmin.StructureImport;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportPreview;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportRefused;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a roadmap's structure from a file, in two steps: the file is read and every problem shown
 * (nothing written); once it has none, the administrator confirms and the whole structure is written at
 * once. Between the two the file waits in the session ({@link PendingImport}) under a random key that
 * the confirmation form carries with the hash the preview showed; the content is read and checked again
 * when applied, and must still have that hash.
 */
@BackOffice
@Controller
class StructureImportController {

    static final String IMPORT = RoadmapAdminController.LIST + "/{slug}/import";
    private static final String PENDING = "roadmap.import.";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StructureImport imports;
    private final RoadmapLifecycle lifecycle;
    private final ImportTemplates templates;
    private final MessageSource messages;

    StructureImportController(
            StructureImport imports, RoadmapLifecycle lifecycle, ImportTemplates templates, MessageSource messages) {
        this.imports = imports;
        this.lifecycle = lifecycle;
        this.templates = templates;
        this.messages = messages;
    }

    /** The preview as shown: the counts, every problem as a row of a table, the objectives read. */
    record PreviewView(
            String roadmapSlug,
            String roadmapTitle,
            String fileName,
            String sha256,
            boolean applicable,
            StructureImportPreview.Counts counts,
            List<ProblemView> problems,
            List<ObjectiveView> objectives) {}

    /** A problem: its row ("Fichier" when it concerns the whole file), column, value as read, and why. */
    record ProblemView(String line, String column, String value, String reason) {}

    /** An objective as it would be created. */
    record ObjectiveView(int line, int axis, int priority, String code, String title, String deadline, String owners) {}

    /** A column of the template and what it holds. */
    record ColumnView(String name, String description) {}

    @GetMapping(IMPORT)
    String form(@PathVariable String slug, CurrentUser admin, Model model) {
        RoadmapEntry roadmap = lifecycle.roadmap(admin, slug);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute(
                "closed",
                roadmap.importable()
                        ? null
                        : roadmap.state() == RoadmapState.CURRENT
                                ? message("roadmap.import.closed.current")
                                : message("roadmap.import.closed.objectives", roadmap.objectives()));
        model.addAttribute(
                "columns",
                StructureImport.COLUMNS.stream()
                        .map(column -> new ColumnView(column, message("roadmap.column." + column)))
                        .toList());
        return "roadmap/import";
    }

    @PostMapping(IMPORT)
    String preview(
            @PathVariable String slug,
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            CurrentUser admin,
            HttpSession session,
            Model model) {
        String fileName = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        byte[] content = bytes(file);
        StructureImportPreview preview = imports.preview(admin, slug, fileName, content);
        String token = null;
        if (preview.applicable()) {
            token = UUID.randomUUID().toString();
            session.setAttribute(PENDING + token, new PendingImport(slug, fileName, content));
        }
        return show(model, preview, token);
    }

    @PostMapping(IMPORT + "/confirmation")
    String apply(
            @PathVariable String slug,
            @RequestParam(name = "jeton", required = false) String token,
            @RequestParam(name = "empreinte", required = false) String sha256,
            CurrentUser admin,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        String key = PENDING + token;
        Object pending = token == null || token.isBlank() ? null : session.getAttribute(key);
        if (!(pending instanceof PendingImport file) || !file.slug().equals(slug)) {
            lifecycle.roadmap(admin, slug);
            redirect.addFlashAttribute("error", "roadmap.import.expired");
            return "redirect:" + RoadmapAdminController.LIST + "/" + slug + "/import";
        }
        StructureImportPreview applied;
        try {
            applied = imports.apply(admin, slug, file.fileName(), file.content(), sha256);
        } catch (StructureImportRefused refused) {
            session.removeAttribute(key);
            return show(model, refused.preview(), null);
        }
        session.removeAttribute(key);
        redirect.addFlashAttribute("flash", "roadmap.import.flash.applied");
        redirect.addFlashAttribute("flashCount", applied.counts().objectives());
        return "redirect:" + RoadmapAdminController.LIST;
    }

    @GetMapping(RoadmapAdminController.LIST + "/modele.csv")
    ResponseEntity<byte[]> csvTemplate(CurrentUser admin) {
        lifecycle.roadmaps(admin);
        return download(templates.csv(), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv");
    }

    @GetMapping(RoadmapAdminController.LIST + "/modele.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(CurrentUser admin) {
        lifecycle.roadmaps(admin);
        return download(templates.xlsx(), XLSX, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("modele-feuille-de-route." + extension)
                                .build()
                                .toString())
                .body(content);
    }

    private String show(Model model, StructureImportPreview preview, @Nullable String token) {
        model.addAttribute(
                "preview",
                new PreviewView(
                        preview.roadmapSlug(),
                        preview.roadmapTitle(),
                        preview.fileName(),
                        preview.sha256(),
                        preview.applicable(),
                        preview.counts(),
                        preview.problems().stream().map(this::problem).toList(),
                        preview.objectives().stream()
                                .map(row -> new ObjectiveView(
                                        row.line(),
                                        row.axis(),
                                        row.priority(),
                                        row.code(),
                                        row.title(),
                                        FrenchFormat.deadline(row.deadline()),
                                        String.join(", ", row.owners())))
                                .toList()));
        model.addAttribute("token", token);
        return "roadmap/import-preview";
    }

    private ProblemView problem(StructureImportPreview.Problem problem) {
        return new ProblemView(
                problem.line() == null ? message("roadmap.preview.whole-file") : String.valueOf(problem.line()),
                problem.column() == null ? "" : problem.column(),
                problem.value() == null ? "" : problem.value(),
                message(problem.messageKey(), problem.args()));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    private static byte[] bytes(MultipartFile file) {
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
