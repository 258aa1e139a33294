package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.roadmap.IndicatorsChange;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.Decimals;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The indicators and dated targets form: rows of text, with empty rows to add new ones. */
public class IndicatorsForm {

    static final int NEW_INDICATOR_ROWS = 2;
    static final int NEW_TARGET_ROWS = 3;

    private @Nullable Long version;
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
            Deadline due = target.due();
            row.dueDate = due == null ? "" : due.iso();
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

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
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
        private @Nullable Long id;
        private @Nullable String name;
        private @Nullable String unit;
        private @Nullable String direction;
        private @Nullable String maxValue;
        private @Nullable String baselineValue;
        private @Nullable String baselineDate;
        private boolean remove;

        boolean blank() {
            return id == null && (name == null || name.isBlank()) && (unit == null || unit.isBlank());
        }

        public @Nullable String getMaxValue() {
            return maxValue;
        }

        public void setMaxValue(@Nullable String maxValue) {
            this.maxValue = maxValue;
        }

        public @Nullable String getBaselineValue() {
            return baselineValue;
        }

        public void setBaselineValue(@Nullable String baselineValue) {
            this.baselineValue = baselineValue;
        }

        public @Nullable String getBaselineDate() {
            return baselineDate;
        }

        public void setBaselineDate(@Nullable String baselineDate) {
            this.baselineDate = baselineDate;
        }

        public @Nullable Long getId() {
            return id;
        }

        public void setId(@Nullable Long id) {
            this.id = id;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getUnit() {
            return unit;
        }

        public void setUnit(@Nullable String unit) {
            this.unit = unit;
        }

        public @Nullable String getDirection() {
            return direction;
        }

        public void setDirection(@Nullable String direction) {
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
        private @Nullable String dueDate;
        private @Nullable String description;
        private @Nullable String indicator;
        private @Nullable String value;
        private boolean remove;

        boolean blank() {
            return (dueDate == null || dueDate.isBlank())
                    && (description == null || description.isBlank())
                    && (indicator == null || indicator.isBlank())
                    && (value == null || value.isBlank());
        }

        public @Nullable String getDueDate() {
            return dueDate;
        }

        public void setDueDate(@Nullable String dueDate) {
            this.dueDate = dueDate;
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }

        public @Nullable String getIndicator() {
            return indicator;
        }

        public void setIndicator(@Nullable String indicator) {
            this.indicator = indicator;
        }

        public @Nullable String getValue() {
            return value;
        }

        public void setValue(@Nullable String value) {
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
