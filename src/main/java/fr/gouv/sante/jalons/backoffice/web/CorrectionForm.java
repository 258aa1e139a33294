package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.campaign.CorrectionFormView;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.BindingResult;

/** The correction of a published report as typed: kept as text, so an error shows it back unchanged. */
public class CorrectionForm {

    private String status;
    private String narrative;
    private String reason;

    @NotNull
    private Long version;

    static CorrectionForm from(CorrectionFormView editor) {
        CorrectionForm form = new CorrectionForm();
        form.status = editor.status() == null ? null : editor.status().name();
        form.narrative = editor.narrative();
        form.reason = "";
        form.version = editor.version();
        return form;
    }

    /** The status, or null (a field error when it is not one of the five codes; the service says when it is missing). */
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
