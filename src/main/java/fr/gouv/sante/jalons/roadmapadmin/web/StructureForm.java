package fr.gouv.sante.jalons.roadmapadmin.web;

import org.jspecify.annotations.Nullable;

/**
 * The structure form: text only, as typed (a date that does not parse comes back as it was), checked
 * by {@link fr.gouv.sante.jalons.roadmap.RoadmapEditing}. The version travels apart, as a request parameter.
 */
public class StructureForm {

    private @Nullable String title;
    private @Nullable String target;
    private @Nullable String deadline;
    private @Nullable String owners;
    private @Nullable String pilot;
    private @Nullable String reason;

    static StructureForm of(String title, String target, String deadline, String owners, String pilot) {
        StructureForm form = new StructureForm();
        form.title = title;
        form.target = target;
        form.deadline = deadline;
        form.owners = owners;
        form.pilot = pilot;
        form.reason = "";
        return form;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public void setTarget(@Nullable String target) {
        this.target = target;
    }

    public @Nullable String getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable String deadline) {
        this.deadline = deadline;
    }

    public @Nullable String getOwners() {
        return owners;
    }

    public void setOwners(@Nullable String owners) {
        this.owners = owners;
    }

    /** The owner the DNS designates as pilot; empty for none. */
    public @Nullable String getPilot() {
        return pilot;
    }

    public void setPilot(@Nullable String pilot) {
        this.pilot = pilot;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
