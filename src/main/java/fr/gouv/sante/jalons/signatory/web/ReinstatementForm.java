package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.signatory.SignatoryRegister.ReinstatementInput;

/** A reinstatement's form: its date and its reason, both required, as typed. */
public class ReinstatementForm {

    private String reinstatedOn = "";
    private String reinstatementReason = "";

    ReinstatementInput input() {
        return new ReinstatementInput(reinstatedOn, reinstatementReason);
    }

    public String getReinstatedOn() {
        return reinstatedOn;
    }

    public void setReinstatedOn(String reinstatedOn) {
        this.reinstatedOn = reinstatedOn;
    }

    public String getReinstatementReason() {
        return reinstatementReason;
    }

    public void setReinstatementReason(String reinstatementReason) {
        this.reinstatementReason = reinstatementReason;
    }
}
