package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.roadmap.IndicatorsChange;
import fr.gouv.sante.jalons.shared.Decimals;
import java.util.ArrayList;
import java.util.List;

/** The indicators and dated targets form: rows of text, with empty rows to add new ones. */
public class IndicatorsForm {

    static final int NEW_INDICATOR_ROWS = 2;
    static final int NEW_TARGET_ROWS = 3;

    private Long version;
    private List<IndicatorRow> indicators = new ArrayList<>();
    private List<TargetRow> targets = new ArrayList<>();

    static IndicatorsForm from(IndicatorsChange current) {
        IndicatorsForm form = new IndicatorsForm();
        form.version = current.version();
        for (IndicatorsChange.Indicator indicator : current.indicators()) {
            IndicatorRow row = new IndicatorRow();
            row.id = indicator.id();
            row.name = indicator.name();
            row.unit = indicator.unit();
            row.direction = indicator.direction();
            row.maxValue = Decimals.forInput(indicator.maxValue());
            row.baselineValue = Decimals.forInput(indicator.baselineValue());
            row.baselineDate = indicator.baselineDate() == null
                    ? ""
                    : indicator.baselineDate().toString();
            form.indicators.add(row);
        }
        for (IndicatorsChange.Target target : current.targets()) {
            TargetRow row = new TargetRow();
            row.dueDate = target.due().iso();
            row.description = target.description();
            row.indicator = target.indicatorPosition() == null ? "" : String.valueOf(target.indicatorPosition());
            row.value = Decimals.forInput(target.value());
            form.targets.add(row);
        }
        form.addEmptyRows();
        return form;
    }

    /** Room to add indicators and targets. */
    void addEmptyRows() {
        for (int i = 0; i < NEW_INDICATOR_ROWS; i++) {
            IndicatorRow row = new IndicatorRow();
            row.direction = "INCREASE";
            indicators.add(row);
        }
        for (int i = 0; i < NEW_TARGET_ROWS; i++) {
            targets.add(new TargetRow());
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorRow> indicators) {
        this.indicators = indicators;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets;
    }

    /** An indicator row; {@code remove} ticked deletes it, an empty new row is ignored. */
    public static class IndicatorRow {
        private Long id;
        private String name;
        private String unit;
        private String direction;
        private String maxValue;
        private String baselineValue;
        private String baselineDate;
        private boolean remove;

        boolean blank() {
            return id == null && (name == null || name.isBlank()) && (unit == null || unit.isBlank());
        }

        public String getMaxValue() {
            return maxValue;
        }

        public void setMaxValue(String maxValue) {
            this.maxValue = maxValue;
        }

        public String getBaselineValue() {
            return baselineValue;
        }

        public void setBaselineValue(String baselineValue) {
            this.baselineValue = baselineValue;
        }

        public String getBaselineDate() {
            return baselineDate;
        }

        public void setBaselineDate(String baselineDate) {
            this.baselineDate = baselineDate;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getDirection() {
            return direction;
        }

        public void setDirection(String direction) {
            this.direction = direction;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    /** A dated target row; {@code indicator} is the number of the indicator row (1, 2...) or empty. */
    public static class TargetRow {
        private String dueDate;
        private String description;
        private String indicator;
        private String value;
        private boolean remove;

        boolean blank() {
            return (dueDate == null || dueDate.isBlank())
                    && (description == null || description.isBlank())
                    && (indicator == null || indicator.isBlank())
                    && (value == null || value.isBlank());
        }

        public String getDueDate() {
            return dueDate;
        }

        public void setDueDate(String dueDate) {
            this.dueDate = dueDate;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }
}
