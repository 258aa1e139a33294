package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.signatory.SignatoryRegister.WithdrawalInput;

/** A withdrawal's form: its date and its reason, both required, as typed. */
public class WithdrawalForm {

    private String withdrawnOn = "";
    private String withdrawalReason = "";

    WithdrawalInput input() {
        return new WithdrawalInput(withdrawnOn, withdrawalReason);
    }

    public String getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(String withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
