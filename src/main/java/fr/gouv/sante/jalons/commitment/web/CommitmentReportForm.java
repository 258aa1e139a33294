package fr.gouv.sante.jalons.commitment.web;

import fr.gouv.sante.jalons.commitment.CommitmentReportView;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import org.jspecify.annotations.Nullable;

/** What the commitment report form posts: a status, a narrative and the version it started from. */
public class CommitmentReportForm {

    private @Nullable String status;
    private @Nullable String narrative;
    private @Nullable Long version;

    static CommitmentReportForm from(CommitmentReportView report) {
        CommitmentReportForm form = new CommitmentReportForm();
        ProgressStatus status = report.status();
        form.status = status == null ? null : status.name();
        form.narrative = report.narrative();
        form.version = report.version();
        return form;
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

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
