package fr.gouv.sante.jalons.roadmapadmin.web;

import org.jspecify.annotations.Nullable;

/**
 * The form that adds a continuation: the earlier roadmap (its slug) and the code of the item the
 * objective continues, as typed, checked by {@link fr.gouv.sante.jalons.roadmap.ContinuationEditing}.
 */
public class ContinuationForm {

    private @Nullable String continuedRoadmap;
    private @Nullable String continuedCode;

    public @Nullable String getContinuedRoadmap() {
        return continuedRoadmap;
    }

    public void setContinuedRoadmap(@Nullable String continuedRoadmap) {
        this.continuedRoadmap = continuedRoadmap;
    }

    public @Nullable String getContinuedCode() {
        return continuedCode;
    }

    public void setContinuedCode(@Nullable String continuedCode) {
        this.continuedCode = continuedCode;
    }
}
