package fr.gouv.sante.jalons.theme.web;

import java.util.ArrayList;
import java.util.List;

/** The objectives an administrator ticked for a theme, by id; the version travels apart. */
public class ThemeAssignmentForm {

    private List<Long> objectives = new ArrayList<>();

    public List<Long> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<Long> objectives) {
        this.objectives = objectives == null ? new ArrayList<>() : new ArrayList<>(objectives);
    }
}
