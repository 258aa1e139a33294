package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.Decimals;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The progress report form as posted: text only, parsed by {@link ProgressReportForms}. It holds
 * nothing else, so posting a workflow state, an objective or an organisation has no effect.
 */
public class ProgressReportForm {

    private @Nullable String status;
    private @Nullable String narrative;
    private @Nullable Long version;
    private List<MeasurementRow> measurements = new ArrayList<>();

    static ProgressReportForm from(ReportFormView editor) {
        ProgressReportForm form = new ProgressReportForm();
        form.status = editor.status() == null ? null : editor.status().name();
        form.narrative = editor.narrative();
        form.version = editor.version();
        for (ReportFormView.IndicatorInput indicator : editor.indicators()) {
            MeasurementRow row = new MeasurementRow();
            row.indicatorId = indicator.id();
            row.id = indicator.draftId();
            row.value = Decimals.forInput(indicator.draftValue());
            row.date =
                    indicator.draftDate() == null ? "" : indicator.draftDate().toString();
            row.qualifier = indicator.draftQualifier() == null
                    ? FigureQualifier.EXACT.name()
                    : indicator.draftQualifier().name();
            row.datePrecision = indicator.draftPrecision() == null
                    ? DatePrecision.DAY.name()
                    : indicator.draftPrecision().name();
            form.measurements.add(row);
        }
        return form;
    }

    /**
     * The merge form after a conflict: what is saved now, plus what this person typed (status,
     * narrative, every measurement row they filled). Each row keeps the saved measurement's id, so
     * saving the merge changes it instead of replacing it; nothing is ticked for removal.
     */
    static ProgressReportForm merge(ReportFormView saved, ProgressReportForm mine) {
        ProgressReportForm form = from(saved);
        if (mine.status != null && !mine.status.isBlank()) {
            form.status = mine.status;
        }
        if (mine.narrative != null && !mine.narrative.isBlank()) {
            form.narrative = mine.narrative;
        }
        for (MeasurementRow row : form.measurements) {
            mine.measurements.stream()
                    .filter(typed -> typed != null
                            && java.util.Objects.equals(row.indicatorId, typed.indicatorId)
                            && !typed.remove
                            && !typed.isBlank())
                    .findFirst()
                    .ifPresent(typed -> {
                        row.value = typed.value;
                        row.date = typed.date;
                        row.qualifier = typed.qualifier;
                        row.datePrecision = typed.datePrecision;
                    });
        }
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

    public List<MeasurementRow> getMeasurements() {
        return measurements;
    }

    public void setMeasurements(List<MeasurementRow> measurements) {
        this.measurements = measurements;
    }

    /** One indicator's new value; both empty means "no new measurement". */
    public static class MeasurementRow {

        private @Nullable Long id;
        private boolean remove;
        private @Nullable Long indicatorId;
        private @Nullable String value;
        private @Nullable String date;
        private String qualifier = FigureQualifier.EXACT.name();
        private String datePrecision = DatePrecision.DAY.name();
        private boolean confirmed;

        /** Ticked: the person confirms the figure despite a plausibility warning. */
        public boolean isConfirmed() {
            return confirmed;
        }

        public void setConfirmed(boolean confirmed) {
            this.confirmed = confirmed;
        }

        boolean isBlank() {
            return (value == null || value.isBlank()) && (date == null || date.isBlank());
        }

        /** The saved measurement this row edits, null for a new one. */
        public @Nullable Long getId() {
            return id;
        }

        public void setId(@Nullable Long id) {
            this.id = id;
        }

        /** Ticked: this person removes the saved measurement {@link #getId()}. */
        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        public @Nullable Long getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(@Nullable Long indicatorId) {
            this.indicatorId = indicatorId;
        }

        /** How the source states the value: {@link FigureQualifier}'s name. */
        public String getQualifier() {
            return qualifier;
        }

        public void setQualifier(String qualifier) {
            this.qualifier = qualifier;
        }

        /** How precise the date is: {@link DatePrecision}'s name. */
        public String getDatePrecision() {
            return datePrecision;
        }

        public void setDatePrecision(String datePrecision) {
            this.datePrecision = datePrecision;
        }

        public @Nullable String getValue() {
            return value;
        }

        public void setValue(@Nullable String value) {
            this.value = value;
        }

        public @Nullable String getDate() {
            return date;
        }

        public void setDate(@Nullable String date) {
            this.date = date;
        }
    }
}
