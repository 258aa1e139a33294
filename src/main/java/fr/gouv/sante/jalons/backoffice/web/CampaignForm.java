package fr.gouv.sante.jalons.backoffice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The campaign-opening form as typed: kept as text, so an error shows it back unchanged. */
public class CampaignForm {

    @NotBlank
    @Size(max = 7)
    private @Nullable String period;

    @NotBlank
    private @Nullable String dueOn;

    static CampaignForm suggesting(@Nullable String period) {
        CampaignForm form = new CampaignForm();
        form.period = period;
        return form;
    }

    /** The due date, or null with a field error when it is not a date. */
    @Nullable
    LocalDate dueDate(BindingResult errors) {
        if (dueOn == null || dueOn.isBlank() || errors.hasFieldErrors("dueOn")) {
            return null;
        }
        try {
            return LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue("dueOn", "campaign.due.invalid");
            return null;
        }
    }

    public @Nullable String getPeriod() {
        return period;
    }

    public void setPeriod(@Nullable String period) {
        this.period = period;
    }

    public @Nullable String getDueOn() {
        return dueOn;
    }

    public void setDueOn(@Nullable String dueOn) {
        this.dueOn = dueOn;
    }
}
