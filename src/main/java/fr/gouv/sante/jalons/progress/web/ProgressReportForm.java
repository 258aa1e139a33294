package fr.gouv.sante.jalons.progress.web;

import fr.gouv.sante.jalons.progress.ReportEditor;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress report form as posted: text only, parsed by {@link ProgressReportForms}. It holds
 * nothing else, so posting a workflow state, an objective or an organisation has no effect.
 */
public class ProgressReportForm {

    private String status;
    private String narrative;
    private Long version;
    private List<MeasurementRow> measurements = new ArrayList<>();

    static ProgressReportForm from(ReportEditor editor) {
        ProgressReportForm form = new ProgressReportForm();
        form.status = editor.status() == null ? null : editor.status().name();
        form.narrative = editor.narrative();
        form.version = editor.version();
        for (ReportEditor.IndicatorInput indicator : editor.indicators()) {
            MeasurementRow row = new MeasurementRow();
            row.indicatorId = indicator.id();
            row.value = indicator.draftValue() == null ? "" : indicator.draftValue().stripTrailingZeros().toPlainString();
            row.date = indicator.draftDate() == null ? "" : indicator.draftDate().toString();
            form.measurements.add(row);
        }
        return form;
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
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

        private Long indicatorId;
        private String value;
        private String date;

        public Long getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(Long indicatorId) {
            this.indicatorId = indicatorId;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }
    }
}
