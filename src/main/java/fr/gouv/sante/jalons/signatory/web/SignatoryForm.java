package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.signatory.Sector;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.SignatoryInput;
import fr.gouv.sante.jalons.signatory.SignatorySummary;
import java.util.ArrayList;
import java.util.List;

/**
 * A signatory's form: text only, as typed (a SIREN or a date that does not read comes back as it was),
 * checked by {@link fr.gouv.sante.jalons.signatory.SignatoryRegister}. The version travels apart, as a request
 * parameter.
 */
public class SignatoryForm {

    private String legalName = "";
    private String siren = "";
    private List<String> sectors = new ArrayList<>();
    private String signedOn = "";
    private String charterVersion = "";

    static SignatoryForm of(SignatorySummary signatory) {
        SignatoryForm form = new SignatoryForm();
        form.legalName = signatory.legalName();
        form.siren = signatory.siren().digits();
        form.sectors =
                new ArrayList<>(signatory.sectors().stream().map(Sector::slug).toList());
        form.signedOn = signatory.signedOn().toString();
        form.charterVersion = signatory.charterVersion();
        return form;
    }

    SignatoryInput input() {
        return new SignatoryInput(legalName, siren, sectors, signedOn, charterVersion);
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors == null ? new ArrayList<>() : new ArrayList<>(sectors);
    }

    public String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(String signedOn) {
        this.signedOn = signedOn;
    }

    public String getCharterVersion() {
        return charterVersion;
    }

    public void setCharterVersion(String charterVersion) {
        this.charterVersion = charterVersion;
    }
}
