package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.signatory.ImportPreview;
import fr.gouv.sante.jalons.signatory.ImportRefused;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing signatories from a CSV file, in two steps: the file is read and every row shown with its
 * errors (nothing saved); once it has none, the administrator confirms and every row is added at once.
 * Between the two the file waits in the session (shared by the nodes), under a token the confirmation
 * form carries; it is checked again when applied.
 */
@BackOffice
@Controller
class SignatoryImportController {

    static final String IMPORT = SignatoryAdminController.LIST + "/import";

    /** The largest file read (1 MiB): uploads may be larger for other imports, not this one. */
    static final long MAX_BYTES = 1024 * 1024;

    private static final String PENDING = "charter.import.";

    private final SignatoryRegister register;
    private final AccessPolicy policy;
    private final MessageSource messages;

    SignatoryImportController(SignatoryRegister register, AccessPolicy policy, MessageSource messages) {
        this.register = register;
        this.policy = policy;
        this.messages = messages;
    }

    /**
     * The preview as shown: every problem of the file and every bad cell as a French sentence naming its
     * line and column, and each row with its own.
     */
    record PreviewView(boolean applicable, int rowCount, long invalidRows, List<String> errors, List<RowView> rows) {}

    /** A row of the file as read, and what is wrong with it. */
    record RowView(
            int line,
            String legalName,
            String siren,
            String sectors,
            String signedOn,
            String charterVersion,
            String status,
            List<String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    @GetMapping(IMPORT)
    String form(CurrentUser admin) {
        policy.requireAdmin(admin);
        return "charter/import";
    }

    @PostMapping(IMPORT)
    String preview(
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            CurrentUser admin,
            HttpSession session,
            Model model) {
        if (file != null && file.getSize() > MAX_BYTES) {
            policy.requireAdmin(admin);
            return show(
                    model,
                    new ImportPreview(
                            List.of(), List.of(new ImportPreview.Message("charter.import.too-large", List.of()))),
                    null,
                    file.getOriginalFilename());
        }
        String csv = text(file);
        ImportPreview preview = register.preview(admin, csv);
        String token = null;
        if (preview.applicable()) {
            token = UUID.randomUUID().toString();
            session.setAttribute(PENDING + token, csv);
        }
        return show(model, preview, token, file == null ? "" : file.getOriginalFilename());
    }

    @PostMapping(IMPORT + "/confirmation")
    String apply(
            @RequestParam(name = "jeton", required = false) String token,
            CurrentUser admin,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        policy.requireAdmin(admin);
        Object csv = token == null || token.isBlank() ? null : session.getAttribute(PENDING + token);
        if (!(csv instanceof String text)) {
            redirect.addFlashAttribute("error", "charter.import.expired");
            return "redirect:" + IMPORT;
        }
        int added;
        try {
            added = register.apply(admin, text);
        } catch (ImportRefused e) {
            session.removeAttribute(PENDING + token);
            return show(model, e.preview(), null, "");
        }
        session.removeAttribute(PENDING + token);
        redirect.addFlashAttribute("flash", "charter.import.flash.applied");
        redirect.addFlashAttribute("flashCount", added);
        return "redirect:" + SignatoryAdminController.LIST;
    }

    private String show(Model model, ImportPreview preview, @Nullable String token, @Nullable String fileName) {
        List<String> errors = new ArrayList<>();
        preview.fileProblems().forEach(problem -> errors.add(message(problem.messageKey(), problem.args())));
        preview.errors()
                .forEach(error -> errors.add(
                        error.column() == null
                                ? message("charter.preview.error.row", error.line(), cell(error))
                                : message("charter.preview.error.cell", error.line(), error.column(), cell(error))));
        model.addAttribute(
                "preview",
                new PreviewView(
                        preview.applicable(),
                        preview.rows().size(),
                        preview.invalidRows(),
                        errors,
                        preview.rows().stream()
                                .map(row -> new RowView(
                                        row.line(),
                                        row.legalName(),
                                        row.siren(),
                                        row.sectors(),
                                        row.signedOn(),
                                        row.charterVersion(),
                                        row.status(),
                                        row.errors().stream()
                                                .map(error -> error.column() == null
                                                        ? cell(error)
                                                        : message(
                                                                "charter.preview.error.column",
                                                                error.column(),
                                                                cell(error)))
                                                .toList()))
                                .toList()));
        model.addAttribute("token", token);
        model.addAttribute("fileName", fileName == null ? "" : fileName);
        return "charter/import-preview";
    }

    private String cell(ImportPreview.CellError error) {
        return message(error.messageKey(), error.args());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    /**
     * The file's text: UTF-8 (with or without its byte order mark), or else Windows-1252, which a
     * French spreadsheet writes when asked for "CSV (séparateur : point-virgule)".
     */
    static String text(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "";
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
