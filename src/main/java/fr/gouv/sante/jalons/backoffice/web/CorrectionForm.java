package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.campaign.CorrectionFormView;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The correction of a published report as typed: kept as text, so an error shows it back unchanged. */
public class CorrectionForm {

    private @Nullable String status;
    private @Nullable String narrative;
    private @Nullable String reason;

    private @Nullable Long version;

    static CorrectionForm from(CorrectionFormView editor) {
        CorrectionForm form = new CorrectionForm();
        form.status = editor.status() == null ? null : editor.status().name();
        form.narrative = editor.narrative();
        form.reason = "";
        form.version = editor.version();
        return form;
    }

    /** The status, or null (a field error when it is not one of the five codes; the service says when it is missing). */
    @Nullable
    ProgressStatus parsedStatus(BindingResult errors) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ProgressStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("status", "report.status.required");
            return null;
        }
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getNarrative() {
        return narrative;
    }

    public void setNarrative(@Nullable String narrative) {
        this.narrative = narrative;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
