package fr.gouv.sante.jalons.charter.web;

/** The objective to link to a commitment, by code, as chosen. */
public class LinkForm {

    private String objective = "";

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }
}
