package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle.NewRoadmap;

/** The form creating a roadmap: text only, as typed (a year that is not one comes back as it was). */
public class RoadmapForm {

    private String code;
    private String slug;
    private String title;
    private String startYear;
    private String endYear;

    NewRoadmap roadmap() {
        return new NewRoadmap(code, slug, title, startYear, endYear);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }

    public String getEndYear() {
        return endYear;
    }

    public void setEndYear(String endYear) {
        this.endYear = endYear;
    }
}
