package fr.gouv.sante.jalons.roadmapadmin.web;

/**
 * The form that adds a continuation: the earlier roadmap (its slug) and the code of the item the
 * objective continues, as typed, checked by {@link fr.gouv.sante.jalons.roadmap.ContinuationEditing}.
 */
public class ContinuationForm {

    private String continuedRoadmap;
    private String continuedCode;

    public String getContinuedRoadmap() {
        return continuedRoadmap;
    }

    public void setContinuedRoadmap(String continuedRoadmap) {
        this.continuedRoadmap = continuedRoadmap;
    }

    public String getContinuedCode() {
        return continuedCode;
    }

    public void setContinuedCode(String continuedCode) {
        this.continuedCode = continuedCode;
    }
}
