package fr.gouv.sante.jalons.roadmap.web;

/**
 * The structure form: text only, as typed (a date that does not parse comes back as it was), checked
 * by {@link fr.gouv.sante.jalons.roadmap.RoadmapEditing}. The version travels apart, as a request parameter.
 */
public class StructureForm {

    private String title;
    private String target;
    private String deadline;
    private String owners;
    private String reason;

    static StructureForm of(String title, String target, String deadline, String owners) {
        StructureForm form = new StructureForm();
        form.title = title;
        form.target = target;
        form.deadline = deadline;
        form.owners = owners;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
