package fr.gouv.sante.jalons.commitment.web;

import java.util.ArrayList;
import java.util.List;

/** The lead organisations ticked for a State commitment, by acronym. */
public class LeadForm {

    private List<String> leads = new ArrayList<>();

    public List<String> getLeads() {
        return leads;
    }

    public void setLeads(List<String> leads) {
        this.leads = leads == null ? new ArrayList<>() : leads;
    }
}
