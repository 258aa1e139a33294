package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle.NewRoadmap;
import org.jspecify.annotations.Nullable;

/** The form creating a roadmap: text only, as typed (a year that is not one comes back as it was). */
public class RoadmapForm {

    private @Nullable String code;
    private @Nullable String slug;
    private @Nullable String title;
    private @Nullable String startYear;
    private @Nullable String endYear;

    NewRoadmap roadmap() {
        return new NewRoadmap(code, slug, title, startYear, endYear);
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getSlug() {
        return slug;
    }

    public void setSlug(@Nullable String slug) {
        this.slug = slug;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getStartYear() {
        return startYear;
    }

    public void setStartYear(@Nullable String startYear) {
        this.startYear = startYear;
    }

    public @Nullable String getEndYear() {
        return endYear;
    }

    public void setEndYear(@Nullable String endYear) {
        this.endYear = endYear;
    }
}
