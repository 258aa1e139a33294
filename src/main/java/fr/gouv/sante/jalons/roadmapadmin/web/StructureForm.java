package fr.gouv.sante.jalons.roadmapadmin.web;

/**
 * The structure form: text only, as typed (a date that does not parse comes back as it was), checked
 * by {@link fr.gouv.sante.jalons.roadmap.RoadmapEditing}. The version travels apart, as a request parameter.
 */
public class StructureForm {

    private String title;
    private String target;
    private String deadline;
    private String owners;
    private String pilot;
    private String reason;

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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getOwners() {
        return owners;
    }

    public void setOwners(String owners) {
        this.owners = owners;
    }

    /** The owner the DNS designates as pilot; empty for none. */
    public String getPilot() {
        return pilot;
    }

    public void setPilot(String pilot) {
        this.pilot = pilot;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
