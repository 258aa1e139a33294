package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Editors' side of the campaign: their workspace, the report form's content, and saving it. */
@Service
class JpaProgressReporting implements ProgressReporting {

    private final Workspaces workspaces;
    private final ReportFormViews editors;
    private final ReportSaving saving;

    JpaProgressReporting(Workspaces workspaces, ReportFormViews editors, ReportSaving saving) {
        this.workspaces = workspaces;
        this.editors = editors;
        this.saving = saving;
    }

    @Override
    public Workspace workspace(CurrentUser user) {
        return workspaces.workspace(user);
    }

    @Override
    public ReportFormView editor(CurrentUser user, ObjectiveCode code) {
        return editors.of(user, code);
    }

    @Override
    public void save(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit) {
        saving.save(user, code, command, submit);
    }

    @Override
    public void saveAllAsDrafts(CurrentUser user, Map<ObjectiveCode, ReportCommand> commands) {
        saving.saveAllAsDrafts(user, commands);
    }

    @Override
    public void withdraw(CurrentUser user, ObjectiveCode code, long version) {
        saving.withdraw(user, code, version);
    }

    @Override
    public Map<String, String> refusals(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit) {
        return saving.refusals(user, code, command, submit);
    }
}
