package fr.gouv.sante.jalons.reportimport.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.reportimport.ReportImport;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Tells the workspace ("Mes objectifs", a back-office page that knows nothing of the import) whether to
 * offer the import: its template reads {@code importable}. The import depends on the campaign, never the
 * reverse, so the flag is contributed from here to every back-office page; it is computed only when a
 * template reads it, so that the other pages run no query for it.
 */
@ControllerAdvice(annotations = BackOffice.class)
class WorkspaceImportLink {

    private final ReportImport imports;

    WorkspaceImportLink(ReportImport imports) {
        this.imports = imports;
    }

    /** Whether this person may import for at least one organisation now. */
    @ModelAttribute("importable")
    LazyContextVariable<Boolean> importable(@Nullable CurrentUser user) {
        return new LazyContextVariable<>() {
            @Override
            protected Boolean loadValue() {
                return !imports.organisations(user).isEmpty();
            }
        };
    }
}
